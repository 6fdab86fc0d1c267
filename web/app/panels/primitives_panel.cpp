// primitives_panel.cpp - queues, locks, events, semaphores, conditions and barriers at the
// cursor, each with its state and the tasks waiting on it; then the simulated world's
// connections (HTTP requests, streams, Redis clients, open files) and who waits on each.
#include "model/timeline/timeline_layout.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "theme.h"

#include <string>

namespace loopscope::panels {
namespace {

const char* prim_help(trace::PrimKind k) {
    switch (k) {
        case trace::PrimKind::Queue:
            return "asyncio.Queue: get() waits while it is empty, put() waits while it is full "
                   "(maxsize). Waiting getters and putters queue up in order.";
        case trace::PrimKind::Lock:
            return "asyncio.Lock: one task holds it; the others wait in acquire() in order.";
        case trace::PrimKind::Event:
            return "asyncio.Event: wait() suspends until some task calls set().";
        case trace::PrimKind::Semaphore:
            return "asyncio.Semaphore: a counter; acquire() waits while it is 0.";
        case trace::PrimKind::Condition:
            return "asyncio.Condition: wait() releases the lock and sleeps until notify().";
        case trace::PrimKind::Barrier:
            return "asyncio.Barrier: wait() suspends until `parties` tasks are waiting.";
        case trace::PrimKind::Connection:
            return "A connection of the simulated world: a request in flight, a stream, a "
                   "Redis client or an open file. Its tasks wait on the network, the disk or "
                   "the database (the timeline's network / files waits).";
        default: return "A synchronisation object.";
    }
}

void waiter_chips(const fonts::FontSet& fonts, const session::Snapshot& s, const char* what,
                  const std::vector<int32_t>& ids, unsigned color) {
    ImGui::TextDisabled("%s", what);
    ImGui::SameLine();
    if (ids.empty()) {
        ImGui::TextDisabled("none");
        return;
    }
    ImDrawList* d = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    float h = 0.0f;
    for (int32_t id : ids) {
        const std::string n = task_name(s, id);
        if (p.x + chip_width(fonts.small, n.c_str()) > right && h > 0.0f) {
            p.x = ImGui::GetCursorScreenPos().x;
            p.y += h + 4.0f;
        }
        // White on the queue blue (5.2:1) and the world's brown (5.8:1), dark ink on the
        // lighter sync purple (6.1:1).
        const unsigned ink =
            color == ui::timeline::palette(ui::timeline::Reason::Sync) ? ui::kChipInk : 0xFFFFFF;
        const ImVec2 max = chip(d, fonts.small, p, n.c_str(), color, ink);
        h = max.y - p.y;
        p.x = max.x + 6.0f;
    }
    ImGui::Dummy(ImVec2(1.0f, p.y + h - ImGui::GetCursorScreenPos().y));
}

} // namespace

void draw_primitives_panel(AppModel& m, const fonts::FontSet& fonts) {
    const session::Snapshot& s = m.run->snapshot();
    ImGui::SetCursorPos(ImVec2(14.0f, 10.0f));
    ImGui::BeginGroup();
    section_title(fonts, "Synchronisation",
                  "Queues, locks, events, semaphores, conditions and barriers the program "
                  "created, with the tasks waiting on each, first in line first; then the "
                  "simulated world's connections (requests, streams, Redis, files).");
    if (s.primitives.empty()) {
        ImGui::TextDisabled(
            "None yet: asyncio.Queue(), Lock(), Event()... and the simulated world's "
            "connections appear here.");
    }
    const unsigned wait_col = ui::timeline::palette(ui::timeline::Reason::Queue);
    const unsigned sync_col = ui::timeline::palette(ui::timeline::Reason::Sync);
    bool any_connection = false;
    for (const session::PrimitiveView& p : s.primitives) {
        if (p.kind == trace::PrimKind::Connection) {
            any_connection = true;
            continue; // listed below, after the program's own primitives
        }
        ImGui::PushID(p.id);
        ImGui::Spacing();
        ImGui::PushFont(fonts.strong);
        ImGui::TextUnformatted(p.name.c_str());
        ImGui::PopFont();
        help_marker(prim_help(p.kind));
        ImGui::SameLine();
        ImGui::TextUnformatted(p.state.c_str());
        if (p.kind == trace::PrimKind::Queue) {
            if (p.maxsize > 0) {
                char over[48];
                std::snprintf(over, sizeof over, "%d / %d", p.size < 0 ? 0 : p.size, p.maxsize);
                ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::rgb_vec(wait_col));
                ImGui::ProgressBar(p.maxsize ? static_cast<float>(p.size) / p.maxsize : 0.0f,
                                   ImVec2(220.0f, 0.0f), over);
                ImGui::PopStyleColor();
                ImGui::SameLine();
                ImGui::TextDisabled("items / maxsize");
            } else {
                ImGui::TextDisabled("%d items, unbounded (maxsize 0)", p.size < 0 ? 0 : p.size);
            }
            waiter_chips(fonts, s, "getters waiting:", p.waiters, wait_col);
            waiter_chips(fonts, s, "putters waiting:", p.putters, wait_col);
        } else {
            waiter_chips(fonts, s, "waiting:", p.waiters, sync_col);
        }
        ImGui::PopID();
    }
    if (!any_connection) {
        ImGui::EndGroup();
        return;
    }
    ImGui::Spacing();
    section_title(fonts, "Connections", prim_help(trace::PrimKind::Connection));
    const unsigned net_col = ui::timeline::palette(ui::timeline::Reason::World);
    // the open ones first (each on one line with its waiting tasks), then the closed ones dim
    for (const bool closed : {false, true})
        for (const session::PrimitiveView& p : s.primitives) {
            if (p.kind != trace::PrimKind::Connection ||
                (p.state.rfind("closed", 0) == 0) != closed)
                continue;
            ImGui::PushID(p.id);
            if (closed) {
                ImGui::TextDisabled("%s: %s", p.name.c_str(), p.state.c_str());
            } else {
                ImGui::PushFont(fonts.strong);
                ImGui::TextUnformatted(p.name.c_str());
                ImGui::PopFont();
                ImGui::SameLine();
                ImGui::TextUnformatted(p.state.c_str());
                if (!p.waiters.empty()) {
                    ImGui::SameLine();
                    waiter_chips(fonts, s, " ", p.waiters, net_col);
                }
            }
            ImGui::PopID();
        }
    ImGui::EndGroup();
}

} // namespace loopscope::panels
