// order_puzzle.cpp - see order_puzzle.h.
#include "model/course/order_puzzle.h"

#include <algorithm>

namespace loopscope::course {

bool order_move(OrderPuzzle& p, int from, int to) {
    const int n = static_cast<int>(p.lines.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to) return false;
    std::string line = std::move(p.lines[static_cast<size_t>(from)]);
    p.lines.erase(p.lines.begin() + from);
    p.lines.insert(p.lines.begin() + to, std::move(line));
    if (p.picked == from) p.picked = to;
    p.focus = to;
    return true;
}

bool order_key(OrderPuzzle& p, OrderKey key) {
    const int n = static_cast<int>(p.lines.size());
    if (n == 0) return false;
    p.focus = std::clamp(p.focus, 0, n - 1);
    if (p.picked >= n) p.picked = -1;
    switch (key) {
        case OrderKey::Pick: p.picked = p.picked >= 0 ? -1 : p.focus; return false;
        case OrderKey::Drop: p.picked = -1; return false;
        case OrderKey::Up:
        case OrderKey::Down:
        case OrderKey::Home:
        case OrderKey::End: {
            const int at = p.picked >= 0 ? p.picked : p.focus;
            const int to = key == OrderKey::Up     ? std::max(0, at - 1)
                           : key == OrderKey::Down ? std::min(n - 1, at + 1)
                           : key == OrderKey::Home ? 0
                                                   : n - 1;
            if (p.picked >= 0) return order_move(p, at, to);
            p.focus = to;
            return false;
        }
    }
    return false;
}

void order_click(OrderPuzzle& p, int index) {
    if (index < 0 || index >= static_cast<int>(p.lines.size())) return;
    p.focus = index;
    p.picked = p.picked == index ? -1 : index;
}

} // namespace loopscope::course
