// console_panel.cpp - the program's output with virtual timestamps.
#include "course_view.h"
#include "model/course/problem_help.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace loopscope::panels {

void draw_console_panel(AppModel& m, const fonts::FontSet& fonts) {
    const session::Snapshot& s = m.run->snapshot();
    ImGui::SetCursorPos(ImVec2(14.0f, 10.0f));
    section_title(fonts, "Output",
                  "What the program printed up to the current event. [1.500] is the virtual "
                  "time when the line was printed. Click a line to go back to the moment it "
                  "was printed and see the code that printed it.");
    if (!m.run->compile_error().empty()) {
        ImGui::SetCursorPosX(14.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb_vec(theme::kError));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(m.run->compile_error().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        return;
    }
    if (s.output.empty()) {
        ImGui::SetCursorPosX(14.0f);
        ImGui::TextDisabled(m.run->cursor() == 0 ? "Nothing yet. Press Run (F5) or Step (F10)."
                                                 : "Nothing printed yet.");
        return;
    }
    ImGui::SetCursorPosX(6.0f);
    ImGui::BeginChild("##console", ImVec2(0, 0), false);
    publish_target("panel:console", ImGui::GetWindowPos(),
                   ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                          ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    ImGui::PushFont(fonts.code);
    // The traceback that ended the run is shown by the problem help below, with the runtime's
    // own frames folded and its lines clickable (course_view.h): skip its raw lines here.
    const std::optional<course::Traceback> tb = course::find_traceback(s.output, "main.py");
    const size_t folded = tb ? tb->end - tb->begin : 0;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(s.output.size() - folded));
    char stamp[32];
    int clicked = -1; // carried out after drawing: seeking replaces the snapshot
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const int i =
                tb && static_cast<size_t>(row) >= tb->begin ? row + static_cast<int>(folded) : row;
            const session::OutputLine& line = s.output[static_cast<size_t>(i)];
            ImGui::PushID(i);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const bool here = line.event == m.run->cursor();
            if (ImGui::Selectable("##line", false, ImGuiSelectableFlags_SpanAllColumns))
                clicked = i;
            if (ImGui::IsItemHovered()) {
                const std::string who = line.task ? " in " + task_name(s, line.task) : "";
                if (line.line > 0) {
                    ImGui::SetTooltip("printed by line %d%s at t=%s\n%s", line.line, who.c_str(),
                                      fmt_time(line.time).c_str(),
                                      here ? "Click to show the line."
                                           : "Click to go back to this moment and show the "
                                             "line.");
                } else if (!here) {
                    ImGui::SetTooltip("Click to go back to the moment this was printed.");
                }
            }
            if (i == 0)
                publish_target("console:first-line", ImGui::GetItemRectMin(),
                               ImGui::GetItemRectMax());
            ImGui::SameLine();
            ImGui::SetCursorScreenPos(p);
            std::snprintf(stamp, sizeof stamp, "[%s]", fmt_time(line.time).c_str());
            ImGui::TextColored(theme::rgb_vec(theme::kTextFaint), "%s", stamp);
            ImGui::SameLine();
            unsigned color = theme::kText;
            if (line.error || line.stream == 2) color = theme::kError;
            if (line.warning) color = theme::kWaiting;
            if (line.error || line.warning || line.stream == 2) {
                const ImVec2 a = ImGui::GetItemRectMin();
                ImGui::GetWindowDrawList()->AddRectFilled(
                    ImVec2(a.x - 4.0f, a.y - 1.0f),
                    ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                           a.y + ImGui::GetTextLineHeight() + 1.0f),
                    theme::rgba(color, 0.12f));
            }
            ImGui::TextColored(theme::rgb_vec(color), "%s", line.text.c_str());
            ImGui::PopID();
        }
    }
    draw_problem_help(m, fonts);
    // Follow the output: new lines keep the last one in view unless the learner scrolled up;
    // scrolling back down to the end follows again. The learner's scrolling is any change of
    // the position the console did not make itself. The end is the bottom of the lines drawn
    // so far, so a run that ends within this frame is followed to its last line too.
    const float y = ImGui::GetScrollY(), max_y = ImGui::GetScrollMaxY();
    const bool grew = s.output.size() != m.console_lines;
    // A wheel turned up over the console is the learner's scrolling in any case (the problem help
    // under the lines can leave the follow a pixel short of the end, moving it every frame).
    if (ImGui::IsWindowHovered() && ImGui::GetIO().MouseWheel > 0.0f) m.console_follow = false;
    if (s.output.size() < m.console_lines) {
        m.console_follow = true; // a rewind or a new run
    } else if (!m.console_autoscrolled && std::fabs(y - m.console_scroll) > 0.5f) {
        m.console_follow = y >= max_y - 4.0f;
    }
    m.console_autoscrolled = false;
    if (m.console_follow && (grew || y < max_y - 1.0f)) {
        ImGui::SetScrollHereY(1.0f);
        m.console_autoscrolled = true;
    }
    m.console_scroll = y;
    m.console_lines = s.output.size();
    publish_metric("console.scrollY", ImGui::GetScrollY());
    publish_metric("console.scrollMaxY", ImGui::GetScrollMaxY());
    ImGui::PopFont();
    ImGui::EndChild();
    if (clicked >= 0) {
        // Back to the moment the line was printed (every panel shows that event), and its code.
        const session::OutputLine line = s.output[static_cast<size_t>(clicked)];
        if (line.event != m.run->cursor()) cmd_seek(m, line.event);
        if (line.line > 0) cmd_go_to_line(m, line.line);
    }
}

} // namespace loopscope::panels
