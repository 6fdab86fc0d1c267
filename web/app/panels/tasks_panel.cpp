// tasks_panel.cpp - every task with its state, what it waits on and how it ended; the stack
// and locals as of its last suspension when the row is expanded.
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"

#include <string>

namespace loopscope::panels {
namespace {

std::string waits_or_result(const session::Snapshot& s, const session::TaskView& t) {
    switch (t.state) {
        case session::TaskState::Waiting: {
            std::string w = t.wait.detail.empty() ? "something" : t.wait.detail;
            if (t.wait.task != 0) w += " (" + task_name(s, t.wait.task) + ")";
            if (t.wait.until >= 0) w += ", until t=" + fmt_time(t.wait.until);
            return w;
        }
        case session::TaskState::Done: return "returned " + t.result;
        case session::TaskState::Failed: return "raised " + t.result;
        case session::TaskState::Cancelled:
            return t.result.empty() ? "cancelled" : "cancelled: " + t.result;
        case session::TaskState::Running: return t.blocking ? "blocking the loop!" : "";
        default: return "";
    }
}

void task_details(const session::TaskView& t) {
    if (t.stack.empty()) {
        ImGui::TextDisabled("no stack recorded (the task has not suspended yet)");
        return;
    }
    // Innermost frame first, as a traceback reads bottom-up.
    for (auto it = t.stack.rbegin(); it != t.stack.rend(); ++it) {
        ImGui::Text("%s  %s:%d", it->function.c_str(), it->file.c_str(), it->line);
        ImGui::Indent();
        if (it->locals.empty()) ImGui::TextDisabled("no locals");
        for (const auto& [name, repr] : it->locals) {
            ImGui::TextColored(theme::rgb_vec(theme::kSyntaxKeyword), "%s", name.c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted("=");
            ImGui::SameLine();
            ImGui::TextUnformatted(repr.c_str());
        }
        ImGui::Unindent();
    }
}

} // namespace

void draw_tasks_panel(AppModel& m, const fonts::FontSet& fonts) {
    const session::Snapshot& s = m.run->snapshot();
    ImGui::SetCursorPos(ImVec2(14.0f, 10.0f));
    section_title(fonts, "Tasks",
                  "Every asyncio Task of the run. A task wraps a coroutine; the event loop runs "
                  "it step by step, from one await to the next. Expand a row for the task's "
                  "stack and local variables.");
    ImGui::SameLine();
    ImGui::TextDisabled("%zu", s.tasks.size());
    if (s.tasks.empty()) {
        ImGui::SetCursorPosX(14.0f);
        ImGui::TextDisabled("No tasks yet: asyncio.run() creates the first one.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_BordersInnerV;
    ImGui::SetCursorPosX(8.0f);
    if (!ImGui::BeginTable("##tasks", 4, flags,
                           ImVec2(ImGui::GetContentRegionAvail().x - 6.0f, 0))) {
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Task", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Waits on / result", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, 40.0f);
    ImGui::TableHeadersRow();
    // Large runs: only the visible rows are laid out. Rows have one height until one is
    // expanded; then every row is drawn (the clipper's arithmetic needs equal heights, and
    // stepping a clipper of one item runs its loop twice: every task was listed twice).
    int drawn = 0;
    auto row = [&](int i) {
        ++drawn;
        const session::TaskView& t = s.tasks[static_cast<size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(t.id);
        const bool current = t.id == s.current_task;
        // Not full width: the coroutine follows the name on the same line.
        const ImGuiTreeNodeFlags tf = 0;
        const bool was_open = m.expanded_tasks.count(t.id) > 0;
        ImGui::SetNextItemOpen(was_open);
        if (current) ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb_vec(theme::kAccent));
        const bool open = ImGui::TreeNodeEx("##task", tf, "%s", t.name.c_str());
        if (current) ImGui::PopStyleColor();
        const std::string target = "task:" + t.name;
        publish_target(target.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s: coroutine %s()%s", t.name.c_str(), t.coro.c_str(),
                              t.parent ? (", created by " + task_name(s, t.parent)).c_str() : "");
        }
        if (!t.coro.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s()", t.coro.c_str());
        }
        if (open != was_open) {
            if (open) {
                m.expanded_tasks.insert(t.id);
            } else {
                m.expanded_tasks.erase(t.id);
            }
        }
        ImGui::TableNextColumn();
        ImGui::TextColored(theme::rgb_vec(state_color(t.state)), "%s", state_word(t.state));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", state_help(t.state));
        ImGui::TableNextColumn();
        const std::string w = waits_or_result(s, t);
        if (t.state == session::TaskState::Failed || t.blocking) {
            ImGui::TextColored(theme::rgb_vec(theme::kError), "%s", w.c_str());
        } else {
            ImGui::TextUnformatted(w.c_str());
        }
        ImGui::TableNextColumn();
        if (t.line > 0) {
            ImGui::TextDisabled("%d", t.line);
        }
        if (open) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::PushFont(fonts.code);
            task_details(t);
            ImGui::PopFont();
            ImGui::TreePop();
        }
        ImGui::PopID();
    };
    const int count = static_cast<int>(s.tasks.size());
    if (m.expanded_tasks.empty()) {
        ImGuiListClipper clipper;
        clipper.Begin(count);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(i);
        }
    } else {
        for (int i = 0; i < count; ++i) row(i);
    }
    publish_metric("tasks.rowsDrawn", drawn);
    ImGui::EndTable();
}

} // namespace loopscope::panels
