// order_puzzle.h - the "put the printed lines in order" puzzle of a predict-the-output check,
// as data: the learner's arrangement, the line with the keyboard focus and the line picked up
// to move. Drag and drop and the keyboard both end in order_move(); the view draws the rows.
//
// Keyboard (once the puzzle has the focus): Up/Down move the focus, Enter or Space picks the
// focused line up (or puts it down), and while a line is picked up Up/Down/Home/End move it;
// Escape puts it down. A click on a line picks it up; a second click puts it down.
#pragma once

#include <string>
#include <vector>

namespace loopscope::course {

struct OrderPuzzle {
    std::vector<std::string> lines; // the learner's arrangement
    int focus = 0;                  // the line the keyboard acts on
    int picked = -1;                // the line picked up to move (-1: none)
};

// Moves line `from` to position `to`, the others shifting; focus and pick follow the line.
// Out-of-range indices change nothing. Returns whether the order changed.
bool order_move(OrderPuzzle& p, int from, int to);

enum class OrderKey { Up, Down, Home, End, Pick, Drop };
// Returns whether the order changed.
bool order_key(OrderPuzzle& p, OrderKey key);

// A click on line `index`: picks it up, or puts it down when it was picked up.
void order_click(OrderPuzzle& p, int index);

} // namespace loopscope::course
