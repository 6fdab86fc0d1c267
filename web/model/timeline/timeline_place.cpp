// timeline_place.cpp - the second half of the timeline (timeline_layout.h): the View's
// axis-to-pixel mapping, placing the visible items of the visible lanes as pixel ranges
// (binary-searched per lane, thin runs folded as Tracy does) and hit testing them.
#include "model/timeline/timeline_layout.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui::timeline {

// ---- View ----

float View::to_px(double x) const {
    const double range = x1 - x0;
    if (range <= 0.0) return left;
    return left + static_cast<float>((x - x0) / range * (right - left));
}

double View::to_x(float px) const {
    if (right <= left) return x0;
    return x0 + (px - left) / static_cast<double>(right - left) * (x1 - x0);
}

void View::zoom(double factor, float anchor) {
    if (factor <= 0.0 || right <= left) return;
    const double at = to_x(anchor);
    const double frac = (anchor - left) / static_cast<double>(right - left);
    const double range = std::max((x1 - x0) / factor, 1e-6);
    x0 = at - frac * range;
    x1 = x0 + range;
}

void View::pan(float dx) {
    if (right <= left) return;
    const double d = dx * (x1 - x0) / static_cast<double>(right - left);
    x0 -= d;
    x1 -= d;
}

void View::fit(double x_min, double x_max) {
    double range = x_max - x_min;
    if (range < 1e-6) range = 1.0;
    x0 = x_min - range * 0.02;
    x1 = x_min + range * 1.04;
}

// ---- placing ----

namespace {

// A pixel range clamped to the view and widened to `min_width`.
void clamp_widen(const View& view, float min_width, float& a, float& z) {
    a = std::max(a, view.left);
    z = std::min(z, view.right);
    if (z - a < min_width) {
        z = a + min_width;
        if (z > view.right) {
            z = view.right;
            a = z - min_width;
        }
    }
}

// Collects consecutive thin items of one lane into a fold; `flush` emits what was collected:
// one item as itself, two or more as a fold.
struct FoldRun {
    Placed run{Placed::SpanItem, 0, 0, 0.0f, 0.0f, 0}; // the items so far (count 0: none)
    Placed single;                                     // the only item, as itself, while count == 1
    void add(const Placed& item, Placed::Kind fold_kind) {
        if (run.count == 0 || run.kind != fold_kind) {
            single = item;
            run = item;
            run.kind = fold_kind;
            run.count = 1;
            return;
        }
        run.x1 = std::max(run.x1, item.x1);
        ++run.count;
    }
    bool joins(float a, float fold_width) const {
        return run.count > 0 && a - run.x1 <= fold_width;
    }
    void flush(std::vector<Placed>& out) {
        if (run.count == 1) out.push_back(single);
        if (run.count > 1) out.push_back(run);
        run.count = 0;
    }
};

void place_lane_spans(const Layout& layout, const View& view, const PlaceOptions& o, int lane,
                      std::vector<Placed>& out) {
    const std::vector<int>& ids = layout.lane_spans[static_cast<size_t>(lane)];
    // A lane's spans follow each other: x0 and x1 both grow along the list.
    const double from = view.to_x(view.left - o.min_width);
    auto it = std::lower_bound(ids.begin(), ids.end(), from, [&](int i, double x) {
        return layout.spans[static_cast<size_t>(i)].x1 < x;
    });
    FoldRun fold;
    for (; it != ids.end(); ++it) {
        const Span& s = layout.spans[static_cast<size_t>(*it)];
        float a = view.to_px(s.x0), z = view.to_px(s.x1);
        if (a > view.right) break;
        if (z < view.left) continue;
        const bool thin = o.fold_width > 0.0f && z - a < o.fold_width;
        clamp_widen(view, o.min_width, a, z);
        const Placed item{Placed::SpanItem, *it, lane, a, z, 1};
        if (!thin) {
            fold.flush(out);
            out.push_back(item);
        } else if (fold.joins(a, o.fold_width)) {
            fold.add(item, Placed::FoldedSpans);
        } else {
            fold.flush(out);
            fold.add(item, Placed::FoldedSpans);
        }
    }
    fold.flush(out);
}

// Step and output markers fold when they crowd; the others (a task ending, failing, being
// cancelled or blocking the loop) always show.
bool foldable(MarkerKind k) {
    return k == MarkerKind::Step || k == MarkerKind::Output;
}

void place_lane_markers(const Layout& layout, const View& view, const PlaceOptions& o, int lane,
                        std::vector<Placed>& out) {
    const std::vector<int>& ids = layout.lane_markers[static_cast<size_t>(lane)];
    auto it = std::lower_bound(ids.begin(), ids.end(), view.x0, [&](int i, double x) {
        return layout.markers[static_cast<size_t>(i)].x < x;
    });
    FoldRun fold;
    for (; it != ids.end(); ++it) {
        const Marker& m = layout.markers[static_cast<size_t>(*it)];
        const float p = view.to_px(m.x);
        if (p > view.right) break;
        if (p < view.left) continue;
        const Placed item{Placed::MarkerItem, *it, lane, p, p, 1};
        if (o.fold_width <= 0.0f || !foldable(m.kind)) {
            out.push_back(item);
        } else if (fold.joins(p, o.fold_width)) {
            fold.add(item, Placed::FoldedMarkers);
        } else {
            fold.flush(out);
            fold.add(item, Placed::FoldedMarkers);
        }
    }
    fold.flush(out);
}

} // namespace

std::vector<Placed> place(const Layout& layout, const View& view, const PlaceOptions& options) {
    std::vector<Placed> out;
    const float width = view.right - view.left;
    if (width <= 0.0f) return out;
    PlaceOptions o = options;
    o.min_width = std::min(o.min_width, width);
    const int lanes =
        static_cast<int>(std::min(layout.lane_spans.size(), layout.lane_markers.size()));
    const int first = std::max(0, o.lane_first);
    const int last = std::min(lanes, o.lane_last);
    for (int l = first; l < last; ++l) place_lane_spans(layout, view, o, l, out);
    for (int l = first; l < last; ++l) place_lane_markers(layout, view, o, l, out);
    return out;
}

int hit_test(const std::vector<Placed>& placed, float x, int lane, float slop) {
    int best_span = -1;
    for (int i = static_cast<int>(placed.size()) - 1; i >= 0; --i) {
        const Placed& p = placed[static_cast<size_t>(i)];
        if (p.lane != lane) continue;
        const bool point = p.kind == Placed::MarkerItem;
        if (point) {
            if (std::fabs(x - p.x0) <= slop) return i;
        } else if (p.kind == Placed::FoldedMarkers) {
            if (x >= p.x0 - slop && x <= p.x1 + slop) return i;
        } else if (best_span < 0 && x >= p.x0 && x <= p.x1) {
            best_span = i;
        }
    }
    return best_span;
}

} // namespace loopscope::ui::timeline
