// event_loop_panel.cpp - the loop at the cursor: running task, narration, ready queue, timers.
#include "model/timeline/timeline_layout.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"

#include <cstdio>
#include <string>

namespace loopscope::panels {
namespace {

// Text on the timeline's colour fills: dark ink reaches 4.8:1 on the blocking vermillion and
// 5.4:1 on the running green (white text there was 3.9 and 3.4).
constexpr unsigned kChipInk = ui::kChipInk;

// One row of chips after a fixed-width label; the chips that do not fit become "+N more".
template <typename Item, typename Label>
void chip_row(const fonts::FontSet& fonts, const char* title, const char* help,
              const session::Rows<Item>& items, Label label, unsigned fill, bool outlined,
              const char* empty, float label_w, float right) {
    ImDrawList* d = ImGui::GetWindowDrawList();
    ImGui::AlignTextToFramePadding();
    section_title(fonts, title, help);
    ImGui::SameLine(label_w);
    ImVec2 p = ImGui::GetCursorScreenPos();
    p.y += 1.0f;
    if (items.empty()) {
        ImGui::TextDisabled("%s", empty);
        return;
    }
    const float h = fonts.small->FontSize * ImGui::GetIO().FontGlobalScale + 8.0f;
    size_t shown = 0;
    for (const Item& item : items) {
        const std::string text = label(item);
        const float w = chip_width(fonts.small, text.c_str());
        if (p.x + w > right - 70.0f && shown > 0) break;
        const ImVec2 max = chip(d, fonts.small, p, text.c_str(), fill,
                                outlined ? theme::kText : kChipInk, outlined);
        if (ImGui::IsMouseHoveringRect(p, max)) ImGui::SetTooltip("%s", text.c_str());
        p.x = max.x + 6.0f;
        ++shown;
    }
    if (shown < items.size()) {
        char more[32];
        std::snprintf(more, sizeof more, "+%zu more", items.size() - shown);
        chip(d, fonts.small, p, more, theme::kTextFaint, theme::kTextDim, true);
    }
    ImGui::Dummy(ImVec2(1.0f, h));
}

} // namespace

float draw_event_loop_panel(AppModel& m, const fonts::FontSet& fonts, ImVec2 size) {
    const session::Snapshot& s = m.run->snapshot();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    publish_target("panel:event-loop", origin, ImVec2(origin.x + size.x, origin.y + size.y));
    const float right = origin.x + size.x - 12.0f;
    const float label_w = 118.0f;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + 14.0f, origin.y + 10.0f));
    ImGui::BeginGroup();

    // Running task + narration.
    ImGui::AlignTextToFramePadding();
    section_title(fonts, "Running",
                  "The task whose code is executing now. The event loop runs one callback at a "
                  "time; a task runs until its next await, then the loop picks the next ready "
                  "callback.");
    ImGui::SameLine(label_w);
    ImDrawList* d = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    p.y += 1.0f;
    float after = p.x;
    bool drew_chip = true; // a chip is drawn, not submitted: the line still needs an item
    // A task's name in a chip: cut short when long (the narration that follows says it whole).
    auto short_name = [&](int32_t id) {
        const std::string name = task_name(s, id);
        return name.size() > 28 ? name.substr(0, 25) + "..." : name;
    };
    if (s.blocked) {
        const std::string text = short_name(s.current_task) + " is blocking the event loop";
        after = chip(d, fonts.small, p, text.c_str(),
                     ui::timeline::palette(ui::timeline::Reason::Blocking), kChipInk)
                    .x;
    } else if (s.current_task != 0) {
        const std::string text = short_name(s.current_task);
        after = chip(d, fonts.small, p, text.c_str(),
                     ui::timeline::palette(ui::timeline::Reason::Running), kChipInk)
                    .x;
    } else {
        ImGui::TextDisabled(s.finished ? "nothing: the program ended" : "no task");
        after = ImGui::GetItemRectMax().x;
        drew_chip = false;
    }
    if (!s.narration.empty()) {
        // The narration wraps under itself rather than running off the pane's edge.
        // Beside the chip, or under it when the pane leaves too little room beside it.
        if (right - after < 240.0f && drew_chip) {
            ImGui::Dummy(ImVec2(1.0f, ImGui::GetFrameHeight()));
            ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
        } else {
            ImGui::SetCursorScreenPos(ImVec2(after + 12.0f, p.y - 1.0f));
        }
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb_vec(theme::kTextDim));
        ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x);
        ImGui::TextUnformatted(s.narration.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        publish_target("narration", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    } else if (drew_chip) {
        ImGui::Dummy(ImVec2(1, 1));
    }

    chip_row(
        fonts, "Ready queue",
        "Callbacks the loop will run next, front first. A task appears here when it is created "
        "or woken up; the loop pops the front one and runs it (one step of that task).",
        s.ready,
        [&s](const session::ReadyItem& r) {
            const std::string what = ready_label(s, r);
            return what.size() > 48 ? what.substr(0, 45) + "..." : what;
        },
        ui::timeline::palette(ui::timeline::Reason::Ready), false, "empty", label_w, right);
    chip_row(
        fonts, "Timers",
        "Callbacks scheduled for a later virtual time (asyncio.sleep, wait_for deadlines, "
        "call_later), soonest first. When nothing is ready the clock jumps to the first one.",
        s.timers,
        [&s](const session::TimerItem& t) {
            std::string what = t.task != 0 ? "wakes " + task_name(s, t.task) : t.what;
            if (what.size() > 48) what = what.substr(0, 45) + "...";
            return "t=" + fmt_time(t.when) + "  " + what + (t.cancelled ? " (cancelled)" : "");
        },
        ui::timeline::palette(ui::timeline::Reason::Sleep), false, "none", label_w, right);

    if (!s.error.empty() || s.deadlock) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb_vec(theme::kError));
        ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x);
        ImGui::TextUnformatted(s.deadlock ? kDeadlockText : s.error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        publish_target("loop:problem", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    ImGui::EndGroup();
    return ImGui::GetItemRectMax().y - origin.y + 10.0f;
}

} // namespace loopscope::panels
