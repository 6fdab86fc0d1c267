// timeline_panel.cpp - draws the timeline's layout (model/timeline/timeline_layout.h):
// lanes, spans, markers, links, the axis and the cursor; wheel zooms around the pointer, drag
// pans (and scrolls lanes), hover shows a tooltip, a click seeks to that event.
#include "model/timeline/timeline_layout.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"
#include "touch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope::panels {
namespace {

namespace tl = ui::timeline;

constexpr float kHeader = 40.0f;     // title, axis switch, legend
constexpr float kAxis = 22.0f;       // tick labels
constexpr float kLaneH = 26.0f;      // one task's lane
constexpr float kLabelW = 150.0f;    // lane names (task name and coroutine)
constexpr float kScrollbarW = 10.0f; // the lanes' scrollbar, when they do not all fit
constexpr float kFoldPx = 3.0f;      // items thinner than this fold into runs

// The event (its seq, what the toolbar counts) a click at axis x means: on the step axis the
// nearest shown event, on the time axis the first shown event at or after that time.
uint64_t event_at(const TimelineState& st, uint64_t shown, double x) {
    const auto& ev = st.events;
    if (ev.empty() || shown == 0) return 0;
    const auto end = ev.begin() + static_cast<std::ptrdiff_t>(shown);
    if (st.axis == tl::Axis::Steps) {
        const double seq = std::max(0.0, x);
        auto it = std::lower_bound(ev.begin(), end, seq, [](const trace::TraceEvent& e, double v) {
            return static_cast<double>(e.seq) < v;
        });
        if (it == end) return std::prev(end)->seq;
        if (it != ev.begin() &&
            seq - static_cast<double>(std::prev(it)->seq) < static_cast<double>(it->seq) - seq) {
            --it;
        }
        return it->seq;
    }
    const auto it = std::lower_bound(
        ev.begin(), end, x, [](const trace::TraceEvent& e, double t) { return e.time < t; });
    return it == end ? std::prev(end)->seq : it->seq;
}

// How many of the recorded events the timeline shows: those up to the furthest event the
// learner has reached (TimelineState::revealed).
uint64_t shown_events(const TimelineState& st) {
    if (st.events.empty() || st.events.front().seq > st.revealed) return 0;
    return tl::index_of_seq(st.events, st.revealed) + 1;
}

// Returns the header's height: one row, or two when the legend needs its own.
float draw_header(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    TimelineState& st = m.timeline;
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 14.0f, pos.y + 10.0f));
    section_title(fonts, "Timeline",
                  "One lane per task. Left to right is virtual time (or, with Steps, the order "
                  "of events). Bars show what each task was doing: running, ready, or waiting "
                  "(coloured by what it waits for). Ticks mark steps; arrows mean \"awaits that "
                  "task\"; a striped bar stands for many short items (zoom in to see them). "
                  "Wheel: zoom. Drag: pan. Wheel over the names, or the scrollbar: more lanes. "
                  "Click: go to that moment.");
    ImGui::SameLine(0.0f, 16.0f);
    ImGui::PushFont(fonts.small);
    const char* names[2] = {"Time", "Steps"};
    for (int i = 0; i < 2; ++i) {
        const tl::Axis a = i ? tl::Axis::Steps : tl::Axis::Time;
        const bool on = st.axis == a;
        ImGui::PushStyleColor(ImGuiCol_Button,
                              theme::rgb_vec(on ? theme::kSelected : theme::kPanel));
        if (i) ImGui::SameLine(0.0f, 2.0f);
        if (ImGui::Button(names[i])) {
            st.axis = a;
            st.follow = true;
        }
        char target[32];
        std::snprintf(target, sizeof target, "timeline-axis:%s", names[i]);
        publish_target(target, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(i ? "Step order: each event gets its own slot, so things that "
                                  "happen at the same virtual time are spread out."
                                : "Virtual time: bars are as long as the virtual seconds they "
                                  "took. Steps take no virtual time, so they are thin.");
        }
    }
    ImGui::SameLine(0.0f, 8.0f);
    if (ImGui::Button("Fit")) st.follow = true;
    publish_target("timeline-fit", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the whole run");

    // Legend: a swatch per colour, each with its explanation on hover.
    ImDrawList* d = ImGui::GetWindowDrawList();
    ImGui::SameLine(0.0f, 18.0f);
    float x = ImGui::GetCursorScreenPos().x;
    float y = ImGui::GetCursorScreenPos().y;
    const float h = ImGui::GetFrameHeight();
    const float right = pos.x + width - 10.0f;
    float legend_w = 0.0f;
    for (int r = 0; r < tl::kReasonCount; ++r) {
        legend_w += 26.0f + text_width(fonts.small, tl::reason_name(static_cast<tl::Reason>(r)));
    }
    float height = kHeader;
    if (x + legend_w > right) {
        x = pos.x + 14.0f;
        y += h + 4.0f;
        height += h + 4.0f;
    }
    // Most telling first: what a learner is looking for when a lane is red or orange.
    const tl::Reason order[] = {tl::Reason::Running, tl::Reason::Blocking, tl::Reason::Ready,
                                tl::Reason::Sleep,   tl::Reason::Task,     tl::Reason::Queue,
                                tl::Reason::Sync,    tl::Reason::Timeout,  tl::Reason::World,
                                tl::Reason::Other};
    for (const tl::Reason reason : order) {
        const char* name = tl::reason_name(reason);
        const float w = 16.0f + text_width(fonts.small, name) + 10.0f;
        if (x + w > right) break;
        const ImVec2 a(x, y + h * 0.5f - 5.0f);
        d->AddRectFilled(a, ImVec2(a.x + 11.0f, a.y + 10.0f), theme::rgba(tl::palette(reason)),
                         2.0f);
        text_at(d, fonts.small, x + 15.0f, y, h, theme::kTextDim, name);
        if (ImGui::IsMouseHoveringRect(ImVec2(x, y), ImVec2(x + w, y + h))) {
            ImGui::SetTooltip("%s: %s", name, tl::reason_help(reason));
        }
        x += w;
    }
    ImGui::PopFont();
    return height;
}

void fold_tooltip(const TimelineState& st, const tl::Placed& p) {
    const tl::Lane& lane = st.layout.lanes[static_cast<size_t>(p.lane)];
    ImGui::BeginTooltip();
    ImGui::Text("%s: %d short %s", lane.label.c_str(), p.count,
                p.kind == tl::Placed::FoldedSpans ? "bars" : "steps");
    ImGui::TextDisabled("too close together to draw one by one: zoom in (wheel) to see them");
    ImGui::TextDisabled("click: go to the first of them");
    ImGui::EndTooltip();
}

// The event a folded run starts at.
uint64_t fold_event(const TimelineState& st, const tl::Placed& p) {
    return p.kind == tl::Placed::FoldedSpans
               ? st.layout.spans[static_cast<size_t>(p.index)].event0
               : st.layout.markers[static_cast<size_t>(p.index)].event;
}

// The lane's name and coroutine, clipped to the label column.
void draw_lane_label(ImDrawList* d, const fonts::FontSet& fonts, const tl::Lane& lane, float x,
                     float y, float right, bool current) {
    d->PushClipRect(ImVec2(x, y), ImVec2(right, y + kLaneH), true);
    text_at(d, fonts.small, x, y, kLaneH, current ? theme::kAccent : theme::kText,
            lane.label.c_str());
    if (!lane.coro.empty()) {
        const std::string coro = lane.coro + "()";
        text_at(d, fonts.small, x + text_width(fonts.small, lane.label.c_str()) + 6.0f, y, kLaneH,
                theme::kTextDim, coro.c_str());
    }
    d->PopClipRect();
}

void span_tooltip(const TimelineState& st, const tl::Span& s) {
    const tl::Lane& lane = st.layout.lanes[static_cast<size_t>(s.lane)];
    ImGui::BeginTooltip();
    // The colour as a swatch, the words in the text colour (some fills are too light or too
    // dark to be read as text on the tooltip).
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + h * 0.2f),
                                              ImVec2(at.x + h * 0.6f, at.y + h * 0.8f),
                                              theme::rgba(tl::palette(s.reason)), 2.0f);
    ImGui::Dummy(ImVec2(h * 0.6f, h));
    ImGui::SameLine();
    ImGui::Text("%s: %s", tl::reason_name(s.reason), lane.label.c_str());
    ImGui::TextUnformatted(s.label.c_str());
    ImGui::TextDisabled("t = %.3f .. %.3f s (%.3f s), events %llu..%llu", s.t0, s.t1, s.t1 - s.t0,
                        static_cast<unsigned long long>(s.event0),
                        static_cast<unsigned long long>(s.event1));
    ImGui::TextDisabled("click: go to its start");
    ImGui::EndTooltip();
}

void marker_tooltip(const TimelineState& st, const tl::Marker& mk) {
    const tl::Lane& lane = st.layout.lanes[static_cast<size_t>(mk.lane)];
    ImGui::BeginTooltip();
    ImGui::Text("%s: %s", lane.label.c_str(), mk.label.c_str());
    ImGui::TextDisabled("t = %.3f s, event %llu; click: go there", mk.t,
                        static_cast<unsigned long long>(mk.event));
    ImGui::EndTooltip();
}

} // namespace

void draw_timeline_panel(AppModel& m, const fonts::FontSet& fonts, ImVec2 size) {
    TimelineState& st = m.timeline;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    publish_target("panel:timeline", origin, ImVec2(origin.x + size.x, origin.y + size.y));
    // The layout grows with what is shown (only new events are laid out); a new axis, a new
    // recording or a Reset lays it out afresh.
    const uint64_t shown = shown_events(st);
    if (st.layout.axis != st.axis || st.layout.events > shown) {
        st.layout = tl::build(st.events, st.axis, shown);
    } else {
        tl::extend(st.layout, st.events, shown);
    }
    const float header = draw_header(m, fonts, origin, size.x);

    const ImVec2 c0(origin.x, origin.y + header);
    const ImVec2 c1(origin.x + size.x, origin.y + size.y);
    if (c1.y - c0.y < kAxis + kLaneH) return;
    ImDrawList* d = ImGui::GetWindowDrawList();
    const int lanes = static_cast<int>(st.layout.lanes.size());
    const float lanes_top = c0.y + kAxis;
    const float lanes_h = c1.y - lanes_top - 4.0f;
    const float max_scroll = std::max(0.0f, lanes * kLaneH - lanes_h);
    const bool scrollbar = max_scroll > 0.0f;
    const float plot_x0 = c0.x + kLabelW;
    const float plot_x1 = c1.x - 12.0f - (scrollbar ? kScrollbarW : 0.0f);
    st.view.left = plot_x0;
    st.view.right = plot_x1;
    if (st.follow) st.view.fit(st.layout.x_min, st.layout.x_max);
    st.scroll_y = std::clamp(st.scroll_y, 0.0f, max_scroll);

    // Input over the plot (the scrollbar has its own button on the right).
    const float input_right = scrollbar ? plot_x1 + 4.0f : c1.x;
    ImGui::SetCursorScreenPos(ImVec2(c0.x, c0.y));
    ImGui::InvisibleButton("##timeline", ImVec2(input_right - c0.x, c1.y - c0.y));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered || ImGui::IsItemActive()) touch_drag_here(true, max_scroll > 0.0f);
    ImGuiIO& io = ImGui::GetIO();
    if (hovered && io.MouseWheel != 0.0f) {
        // Over the lane names (or with Shift) the wheel scrolls the lanes; over the bars it zooms.
        if (io.KeyShift || io.MousePos.x < plot_x0) {
            st.scroll_y = std::clamp(st.scroll_y - io.MouseWheel * kLaneH * 2.0f, 0.0f, max_scroll);
        } else {
            st.view.zoom(std::pow(1.25, io.MouseWheel), io.MousePos.x);
            st.follow = false;
        }
    }
    if (hovered && io.MouseWheelH != 0.0f) { // a trackpad's sideways swipe pans
        st.view.pan(io.MouseWheelH * 40.0f);
        st.follow = false;
    }
    const bool dragging =
        ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    if (dragging) {
        st.view.pan(io.MouseDelta.x);
        st.scroll_y = std::clamp(st.scroll_y - io.MouseDelta.y, 0.0f, max_scroll);
        if (io.MouseDelta.x != 0.0f) st.follow = false;
    }
    // The scrollbar: the lanes that fit over all of them; drag the thumb or click the track.
    if (scrollbar) {
        const float sx0 = c1.x - 4.0f - kScrollbarW, sx1 = c1.x - 4.0f;
        const float track_h = c1.y - 4.0f - lanes_top;
        const float thumb_h = std::max(24.0f, track_h * lanes_h / (lanes * kLaneH));
        ImGui::SetCursorScreenPos(ImVec2(sx0, lanes_top));
        ImGui::InvisibleButton("##lanes-scroll", ImVec2(sx1 - sx0, track_h));
        publish_target("timeline-scrollbar", ImVec2(sx0, lanes_top),
                       ImVec2(sx1, lanes_top + track_h));
        const bool bar_hovered = ImGui::IsItemHovered();
        if (bar_hovered || ImGui::IsItemActive()) touch_drag_here(false, true);
        if (ImGui::IsItemActive() && track_h > thumb_h) {
            const float f = (io.MousePos.y - lanes_top - thumb_h * 0.5f) / (track_h - thumb_h);
            st.scroll_y = std::clamp(f, 0.0f, 1.0f) * max_scroll;
        }
        if (bar_hovered && io.MouseWheel != 0.0f) {
            st.scroll_y = std::clamp(st.scroll_y - io.MouseWheel * kLaneH * 2.0f, 0.0f, max_scroll);
        }
        d->AddRectFilled(ImVec2(sx0, lanes_top), ImVec2(sx1, lanes_top + track_h),
                         theme::rgba(theme::kPanelRaised), 4.0f);
        const float ty = lanes_top + (track_h - thumb_h) * (st.scroll_y / max_scroll);
        d->AddRectFilled(
            ImVec2(sx0 + 1.0f, ty), ImVec2(sx1 - 1.0f, ty + thumb_h),
            theme::rgba(bar_hovered || ImGui::IsItemActive() ? theme::kTextDim : theme::kTextFaint),
            4.0f);
        if (bar_hovered) ImGui::SetTooltip("%d lanes: scroll to see them all", lanes);
    }

    d->PushClipRect(c0, c1, true);
    // Axis ticks and grid (once there is something to measure).
    const double range = st.view.x1 - st.view.x0;
    double step = tl::tick_step(range, std::max(2, static_cast<int>((plot_x1 - plot_x0) / 110.0f)));
    if (st.axis == tl::Axis::Steps) step = std::max(1.0, step);
    char label[32];
    for (double t = std::ceil(st.view.x0 / step) * step; lanes > 0 && t <= st.view.x1; t += step) {
        const float x = st.view.to_px(t);
        if (x < plot_x0 - 1.0f || t < -1e-9) continue;
        d->AddLine(ImVec2(x, c0.y + kAxis - 4.0f), ImVec2(x, c1.y),
                   theme::rgba(theme::kBorder, 0.6f));
        if (std::fabs(t) < step * 1e-6) t = 0.0; // no "-0.00 s"
        if (st.axis == tl::Axis::Time) {
            std::snprintf(label, sizeof label, step < 0.01 ? "%.3f s" : "%.2f s", t);
        } else {
            std::snprintf(label, sizeof label, "#%.0f", std::fabs(t)); // the event counter
        }
        text_at(d, fonts.small, x + 3.0f, c0.y, kAxis - 4.0f, theme::kTextDim, label);
    }

    // Lanes: background and labels.
    const int first = static_cast<int>(st.scroll_y / kLaneH);
    const int last = std::min(lanes, first + static_cast<int>(lanes_h / kLaneH) + 2);
    auto lane_y = [&](int lane) { return lanes_top + lane * kLaneH - st.scroll_y; };
    d->PushClipRect(ImVec2(c0.x, lanes_top), c1, true);
    const session::Snapshot& snap = m.run->snapshot();
    for (int l = first; l < last; ++l) {
        const float y = lane_y(l);
        const tl::Lane& lane = st.layout.lanes[static_cast<size_t>(l)];
        if (l % 2 == 0) {
            d->AddRectFilled(ImVec2(c0.x + 6.0f, y), ImVec2(plot_x1 + 6.0f, y + kLaneH),
                             theme::rgba(theme::kPanelRaised, 0.55f), 4.0f);
        }
        draw_lane_label(d, fonts, lane, c0.x + 14.0f, y, plot_x0 - 8.0f,
                        lane.task == snap.current_task);
        if (ImGui::IsMouseHoveringRect(ImVec2(c0.x, y), ImVec2(plot_x0, y + kLaneH))) {
            ImGui::SetTooltip("%s: coroutine %s()", lane.label.c_str(), lane.coro.c_str());
        }
    }
    if (lanes == 0) {
        text_at(d, fonts.ui, c0.x + 14.0f, lanes_top + 8.0f, kLaneH, theme::kTextDim,
                st.events.empty() || shown > 0
                    ? "Lanes appear as tasks are created. Press Run or Step."
                    : "Back at the start: press Run or Step to see the run again.");
    }

    // Items: only the visible lanes', thin runs folded.
    tl::PlaceOptions po;
    po.min_width = 2.0f;
    po.lane_first = first;
    po.lane_last = last;
    po.fold_width = kFoldPx;
    const std::vector<tl::Placed> placed = tl::place(st.layout, st.view, po);
    int folds = 0;
    d->PushClipRect(ImVec2(plot_x0 - 2.0f, lanes_top), ImVec2(plot_x1 + 2.0f, c1.y), true);
    for (const tl::Placed& p : placed) {
        const float y = lane_y(p.lane);
        if (p.kind == tl::Placed::FoldedSpans) {
            // Many short bars: a hatched band, so it never reads as one long wait.
            ++folds;
            const ImVec2 a(p.x0, y + 6.0f), b(std::max(p.x1, p.x0 + 3.0f), y + kLaneH - 6.0f);
            d->AddRectFilled(a, b, theme::rgba(theme::kTextDim, 0.35f), 2.0f);
            d->PushClipRect(a, b, true);
            for (float x = a.x - (b.y - a.y); x < b.x; x += 5.0f) {
                d->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y),
                           theme::rgba(theme::kText, 0.45f), 1.0f);
            }
            d->PopClipRect();
        } else if (p.kind == tl::Placed::FoldedMarkers) {
            ++folds;
            d->AddRectFilled(ImVec2(p.x0 - 0.5f, y + 2.0f),
                             ImVec2(std::max(p.x1, p.x0 + 1.0f) + 0.5f, y + 5.0f),
                             theme::rgba(theme::kText, 0.7f), 1.0f);
        } else if (p.kind == tl::Placed::SpanItem) {
            const tl::Span& s = st.layout.spans[static_cast<size_t>(p.index)];
            const ImU32 col = theme::rgba(tl::palette(s.reason));
            switch (s.kind) {
                case tl::SpanKind::Ready:
                    d->AddRectFilled(ImVec2(p.x0, y + kLaneH * 0.5f - 2.0f),
                                     ImVec2(p.x1, y + kLaneH * 0.5f + 2.0f), col, 2.0f);
                    break;
                case tl::SpanKind::Waiting:
                    d->AddRectFilled(ImVec2(p.x0, y + 7.0f), ImVec2(p.x1, y + kLaneH - 7.0f),
                                     theme::rgba(tl::palette(s.reason), 0.85f), 3.0f);
                    break;
                case tl::SpanKind::Running:
                case tl::SpanKind::Blocking:
                    d->AddRectFilled(ImVec2(p.x0, y + 4.0f), ImVec2(p.x1, y + kLaneH - 4.0f), col,
                                     2.0f);
                    break;
            }
        } else {
            const tl::Marker& mk = st.layout.markers[static_cast<size_t>(p.index)];
            const float cy = y + kLaneH * 0.5f;
            switch (mk.kind) {
                case tl::MarkerKind::Step:
                    d->AddLine(ImVec2(p.x0, y + 2.0f), ImVec2(p.x0, y + kLaneH - 2.0f),
                               theme::rgba(theme::kText, 0.7f), 1.0f);
                    break;
                case tl::MarkerKind::Finished:
                    d->AddCircleFilled(ImVec2(p.x0, cy), 4.0f, theme::rgba(theme::kText), 12);
                    break;
                case tl::MarkerKind::Failed:
                case tl::MarkerKind::Blocked:
                    d->AddCircleFilled(ImVec2(p.x0, cy), 5.0f,
                                       theme::rgba(tl::palette(tl::Reason::Blocking)), 12);
                    break;
                case tl::MarkerKind::Cancelled:
                    d->AddCircle(ImVec2(p.x0, cy), 4.5f, theme::rgba(tl::palette(tl::Reason::Sync)),
                                 12, 2.0f);
                    break;
                case tl::MarkerKind::Output:
                    d->AddTriangleFilled(
                        ImVec2(p.x0, y + 1.0f), ImVec2(p.x0 - 3.5f, y - 4.0f + 1.0f),
                        ImVec2(p.x0 + 3.5f, y - 4.0f + 1.0f), theme::rgba(theme::kTextDim));
                    break;
            }
        }
    }
    // Links: "awaits task X" arrows from the waiter's lane to the awaited lane.
    for (const tl::Link& k : st.layout.links) {
        // Only arrows ending on a visible lane: gather(*1000 tasks) would paint a solid band.
        if (k.to < first || k.to >= last) continue;
        const float x = st.view.to_px(k.x);
        if (x < plot_x0 || x > plot_x1) continue;
        const float y0 = lane_y(k.from) + kLaneH * 0.5f;
        const float y1 = lane_y(k.to) + (k.to > k.from ? 5.0f : kLaneH - 5.0f);
        const ImU32 col = theme::rgba(tl::palette(tl::Reason::Task), 0.7f);
        d->AddBezierCubic(ImVec2(x, y0), ImVec2(x + 14.0f, y0), ImVec2(x + 14.0f, y1),
                          ImVec2(x + 3.0f, y1), col, 1.3f);
        const float dir = k.to > k.from ? -1.0f : 1.0f;
        d->AddTriangleFilled(ImVec2(x + 3.0f, y1), ImVec2(x + 8.0f, y1 + dir * 4.0f),
                             ImVec2(x + 9.0f, y1 - dir * 1.0f), col);
    }
    // The cursor: where the panels' snapshot is (on the step axis, exactly its event number).
    if (lanes > 0 && shown > 0) {
        const uint64_t cursor = m.run->cursor();
        const double at =
            st.axis == tl::Axis::Steps
                ? static_cast<double>(cursor)
                : tl::event_x(st.events, st.axis, tl::index_of_seq(st.events, cursor));
        const float cx = st.view.to_px(at);
        if (cx >= plot_x0 && cx <= plot_x1) {
            d->AddLine(ImVec2(cx, c0.y + 2.0f), ImVec2(cx, c1.y), theme::rgba(theme::kAccent),
                       2.0f);
            d->AddTriangleFilled(ImVec2(cx - 5.0f, c0.y + 2.0f), ImVec2(cx + 5.0f, c0.y + 2.0f),
                                 ImVec2(cx, c0.y + 9.0f), theme::rgba(theme::kAccent));
        }
    }
    d->PopClipRect();
    d->PopClipRect();
    d->PopClipRect();
    publish_metric("timeline.lanes", lanes);
    publish_metric("timeline.firstLane", first);
    publish_metric("timeline.lanesShown", std::min(lanes, static_cast<int>(lanes_h / kLaneH)));
    publish_metric("timeline.items", static_cast<double>(placed.size()));
    publish_metric("timeline.folds", folds);
    publish_metric("timeline.shownEvents", static_cast<double>(shown));
    publish_metric("timeline.viewX0", st.view.x0);
    publish_metric("timeline.xMax", st.layout.x_max);

    // Hover and click. A swipe on a touch screen pans (above) and never seeks.
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) { // (for the browser tests)
        publish_metric("timeline.releaseX", io.MousePos.x);
        publish_metric("timeline.releaseY", io.MousePos.y);
        publish_metric("timeline.releaseHovered", hovered ? (dragging ? 2 : 1) : 0);
    }
    if (hovered && !dragging && io.MousePos.x >= plot_x0 && io.MousePos.y >= lanes_top) {
        const int lane = static_cast<int>((io.MousePos.y - lanes_top + st.scroll_y) / kLaneH);
        const int hit = lane < lanes ? tl::hit_test(placed, io.MousePos.x, lane, 4.0f) : -1;
        uint64_t target = event_at(st, shown, st.view.to_x(io.MousePos.x));
        if (hit >= 0) {
            const tl::Placed& p = placed[static_cast<size_t>(hit)];
            if (p.folded()) {
                fold_tooltip(st, p);
                target = fold_event(st, p);
            } else if (p.kind == tl::Placed::SpanItem) {
                const tl::Span& s = st.layout.spans[static_cast<size_t>(p.index)];
                span_tooltip(st, s);
                target = s.event0;
            } else {
                const tl::Marker& mk = st.layout.markers[static_cast<size_t>(p.index)];
                marker_tooltip(st, mk);
                target = mk.event;
            }
        }
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < 9.0f &&
            shown > 0 && !touch_swiped()) {
            publish_metric("timeline.seekTarget", static_cast<double>(target));
            cmd_seek(m, target);
        }
    }
}

} // namespace loopscope::panels
