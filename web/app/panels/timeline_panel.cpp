// timeline_panel.cpp - draws the timeline's layout (model/timeline/timeline_layout.h):
// lanes, spans, markers, links, the axis and the cursor; wheel zooms around the pointer, drag
// pans (and scrolls lanes), hover shows a tooltip, a click seeks to that event.
#include "model/timeline/timeline_layout.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope::panels {
namespace {

namespace tl = ui::timeline;

constexpr float kHeader = 40.0f; // title, axis switch, legend
constexpr float kAxis = 22.0f;   // tick labels
constexpr float kLaneH = 26.0f;
constexpr float kLabelW = 132.0f;

// The event a click at axis x means: on the step axis the nearest index, on the time axis
// the first event at or after that time.
uint64_t event_at(const TimelineState& st, double x) {
    const auto& ev = st.events;
    if (ev.empty()) return 0;
    if (st.axis == tl::Axis::Steps) {
        const double i = std::round(std::max(0.0, x));
        return std::min<uint64_t>(static_cast<uint64_t>(i), ev.size() - 1);
    }
    const auto it = std::lower_bound(
        ev.begin(), ev.end(), x, [](const trace::TraceEvent& e, double t) { return e.time < t; });
    return it == ev.end() ? ev.size() - 1 : static_cast<uint64_t>(it - ev.begin());
}

// Returns the header's height: one row, or two when the legend needs its own.
float draw_header(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    TimelineState& st = m.timeline;
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 14.0f, pos.y + 10.0f));
    section_title(fonts, "Timeline",
                  "One lane per task. Left to right is virtual time (or, with Steps, the order "
                  "of events). Bars show what each task was doing: running, ready, or waiting "
                  "(coloured by what it waits for). Ticks mark steps; arrows mean \"awaits that "
                  "task\". Wheel: zoom. Drag: pan. Click: go to that moment.");
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
                                tl::Reason::Sync,    tl::Reason::Timeout,  tl::Reason::Other};
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

void span_tooltip(const TimelineState& st, const tl::Span& s) {
    const tl::Lane& lane = st.layout.lanes[static_cast<size_t>(s.lane)];
    ImGui::BeginTooltip();
    ImGui::TextColored(theme::rgb_vec(tl::palette(s.reason)), "%s", tl::reason_name(s.reason));
    ImGui::SameLine();
    ImGui::Text("%s", lane.label.c_str());
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
    // The layout grows with the recording (only new events are laid out); a new axis or a new
    // recording lays it out afresh.
    if (st.layout.axis != st.axis || st.layout.events > st.events.size()) {
        st.layout = tl::build(st.events, st.axis);
    } else {
        tl::extend(st.layout, st.events);
    }
    const float header = draw_header(m, fonts, origin, size.x);

    const ImVec2 c0(origin.x, origin.y + header);
    const ImVec2 c1(origin.x + size.x, origin.y + size.y);
    if (c1.y - c0.y < kAxis + kLaneH) return;
    ImDrawList* d = ImGui::GetWindowDrawList();
    const float plot_x0 = c0.x + kLabelW;
    const float plot_x1 = c1.x - 12.0f;
    st.view.left = plot_x0;
    st.view.right = plot_x1;
    if (st.follow) st.view.fit(st.layout.x_min, st.layout.x_max);

    const int lanes = static_cast<int>(st.layout.lanes.size());
    const float lanes_top = c0.y + kAxis;
    const float lanes_h = c1.y - lanes_top - 4.0f;
    const float max_scroll = std::max(0.0f, lanes * kLaneH - lanes_h);
    st.scroll_y = std::clamp(st.scroll_y, 0.0f, max_scroll);

    // Input over the plot.
    ImGui::SetCursorScreenPos(ImVec2(c0.x, c0.y));
    ImGui::InvisibleButton("##timeline", ImVec2(c1.x - c0.x, c1.y - c0.y));
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    if (hovered && io.MouseWheel != 0.0f) {
        if (io.KeyShift) {
            st.scroll_y = std::clamp(st.scroll_y - io.MouseWheel * kLaneH * 2.0f, 0.0f, max_scroll);
        } else if (io.MousePos.x >= plot_x0) {
            st.view.zoom(std::pow(1.25, io.MouseWheel), io.MousePos.x);
            st.follow = false;
        }
    }
    const bool dragging =
        ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    if (dragging) {
        st.view.pan(io.MouseDelta.x);
        st.scroll_y = std::clamp(st.scroll_y - io.MouseDelta.y, 0.0f, max_scroll);
        if (io.MouseDelta.x != 0.0f) st.follow = false;
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
            std::snprintf(label, sizeof label, "#%.0f", std::fabs(t));
        }
        text_at(d, fonts.small, x + 3.0f, c0.y, kAxis - 4.0f, theme::kTextFaint, label);
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
            d->AddRectFilled(ImVec2(c0.x + 6.0f, y), ImVec2(c1.x - 6.0f, y + kLaneH),
                             theme::rgba(theme::kPanelRaised, 0.55f), 4.0f);
        }
        const bool current = lane.task == snap.current_task;
        text_at(d, fonts.small, c0.x + 14.0f, y, kLaneH, current ? theme::kAccent : theme::kText,
                lane.label.c_str());
        if (ImGui::IsMouseHoveringRect(ImVec2(c0.x, y), ImVec2(plot_x0, y + kLaneH))) {
            ImGui::SetTooltip("%s: coroutine %s()", lane.label.c_str(), lane.coro.c_str());
        }
    }
    if (lanes == 0) {
        text_at(d, fonts.ui, plot_x0, lanes_top + 8.0f, kLaneH, theme::kTextFaint,
                "Lanes appear as tasks are created. Press Run or Step.");
    }

    // Items.
    const std::vector<tl::Placed> placed = tl::place(st.layout, st.view, 2.0f);
    d->PushClipRect(ImVec2(plot_x0 - 2.0f, lanes_top), ImVec2(plot_x1 + 2.0f, c1.y), true);
    for (const tl::Placed& p : placed) {
        if (p.lane < first || p.lane >= last) continue;
        const float y = lane_y(p.lane);
        if (p.kind == tl::Placed::SpanItem) {
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
    // The cursor: where the panels' snapshot is.
    if (lanes > 0 && !st.events.empty()) {
        const uint64_t at = tl::index_of_seq(st.events, m.run->cursor());
        const float cx = st.view.to_px(tl::event_x(st.events, st.axis, at));
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

    // Hover and click.
    if (hovered && !dragging && io.MousePos.x >= plot_x0 && io.MousePos.y >= lanes_top) {
        const int lane = static_cast<int>((io.MousePos.y - lanes_top + st.scroll_y) / kLaneH);
        const int hit = lane < lanes ? tl::hit_test(placed, io.MousePos.x, lane, 4.0f) : -1;
        uint64_t target = event_at(st, st.view.to_x(io.MousePos.x));
        if (hit >= 0) {
            const tl::Placed& p = placed[static_cast<size_t>(hit)];
            if (p.kind == tl::Placed::SpanItem) {
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
            !st.events.empty()) {
            cmd_seek(m, target);
        }
    }
}

} // namespace loopscope::panels
