// course_view.cpp - see course_view.h.
//
// Index (grep for [SECTION]):
//   [SECTION] small helpers
//   [SECTION] the lesson pane: bar, lesson above its program
//   [SECTION] the course map
//   [SECTION] problem help in the console
#include "course_view.h"

#include "layout.h"
#include "lessons/markdown.h"
#include "model/course/course_map.h"
#include "model/course/problem_help.h"
#include "panels/panel_common.h"
#include "test_hooks.h"
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope {

namespace {

// [SECTION] small helpers

constexpr float kBarHeight = 36.0f;
constexpr float kCodeHeader = 26.0f;
constexpr float kSplitter = 6.0f;

// The name the session runs every program under (session_driver.cpp): tracebacks name it.
constexpr const char* kProgramFile = "main.py";

ImVec2 add(ImVec2 a, ImVec2 b) {
    return ImVec2(a.x + b.x, a.y + b.y);
}

bool begin_child(const char* id, ImVec2 min, ImVec2 size, ImGuiWindowFlags flags = 0) {
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    return ImGui::BeginChild(id, size, false, flags);
}

void end_child() {
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

// A small flat button on the bar; published as `target`.
bool bar_button(const fonts::FontSet& fonts, ImVec2 pos, const char* label, const char* target,
                const char* tip, bool active = false) {
    const float w = panels::text_width(fonts.small, label) + 20.0f;
    const float h = 24.0f;
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(target);
    const bool pressed = ImGui::InvisibleButton("##bb", ImVec2(w, h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    publish_target(target, pos, add(pos, ImVec2(w, h)));
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(pos, add(pos, ImVec2(w, h)),
                     theme::rgba(active    ? theme::kSelected
                                 : hovered ? theme::kRowHover
                                           : theme::kPanelRaised),
                     5.0f);
    panels::text_at(d, fonts.small, pos.x + 10.0f, pos.y, h,
                    active ? theme::kText : theme::kTextDim, label);
    if (hovered && tip) ImGui::SetTooltip("%s", tip);
    return pressed;
}

float bar_button_width(const fonts::FontSet& fonts, const char* label) {
    return panels::text_width(fonts.small, label) + 20.0f;
}

// [SECTION] the lesson pane: bar, lesson above its program

void draw_bar(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, float width) {
    LessonViewState& v = m.lesson_view;
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddLine(ImVec2(min.x, min.y + kBarHeight - 1.0f),
               ImVec2(min.x + width, min.y + kBarHeight - 1.0f), theme::rgba(theme::kBorder));
    const float by = min.y + (kBarHeight - 24.0f) * 0.5f;
    float x = min.x + 10.0f;
    if (bar_button(fonts, ImVec2(x, by), v.show_map ? "Back to the lesson" : "Course map",
                   "course:map", "Every lesson of the course, with your progress", v.show_map)) {
        v.show_map = !v.show_map;
    }
    // The accessible page's lesson picker has its focus ring here: the way to another lesson.
    publish_target("lesson-picker", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    x += bar_button_width(fonts, v.show_map ? "Back to the lesson" : "Course map") + 10.0f;
    const int shown = m.lesson_pending >= 0 ? m.lesson_pending : m.lesson;
    char where[96];
    std::snprintf(where, sizeof where, "%d / %d", shown + 1, static_cast<int>(m.lessons.size()));
    panels::text_at(d, fonts.small, x, min.y, kBarHeight, theme::kTextFaint, where);
    if (m.lesson_pending >= 0 || m.lesson < 0) return; // no program of its own yet
    const lessons::Lesson& lesson = m.lessons[static_cast<size_t>(m.lesson)];
    const float right_w = bar_button_width(fonts, "Reset code");
    if (!v.show_map && lesson.program_source() != m.source) {
        if (bar_button(fonts, ImVec2(min.x + width - right_w - 10.0f, by), "Reset code",
                       "lesson:reset",
                       "Put the lesson's program back in the editor (Undo brings your code "
                       "back)")) {
            v.request_code = lesson.program_source();
            v.status = "The lesson's program is back. Undo brings your code back.";
        }
    }
}

void draw_status(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    LessonViewState& v = m.lesson_view;
    if (v.status.empty()) return;
    ImDrawList* d = ImGui::GetWindowDrawList();
    const float h = 26.0f;
    d->AddRectFilled(pos, add(pos, ImVec2(width, h)), theme::rgba(theme::kSelected), 5.0f);
    panels::text_at(d, fonts.small, pos.x + 10.0f, pos.y, h, theme::kText, v.status.c_str());
    float x = pos.x + width - 10.0f;
    const float close_w = bar_button_width(fonts, "OK");
    if (bar_button(fonts, ImVec2(x - close_w, pos.y + 1.0f), "OK", "lesson:status-ok", nullptr)) {
        v.status.clear();
    }
    x -= close_w + 6.0f;
    if (m.code.buffer.can_undo()) {
        const float undo_w = bar_button_width(fonts, "Undo");
        if (bar_button(fonts, ImVec2(x - undo_w, pos.y + 1.0f), "Undo", "lesson:undo",
                       "Take back the last change to the code (Ctrl+Z)")) {
            v.request_undo = true;
            v.status.clear();
        }
    }
}

void draw_lesson_text(AppModel& m, const fonts::FontSet& fonts) {
    ImGui::SetCursorPos(ImVec2(18.0f, 12.0f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 18.0f);
    draw_lesson(m.lesson_view, m.lessons[static_cast<size_t>(m.lesson)], lesson_context(m), fonts);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(1.0f, 16.0f));
    publish_metric("lesson.scrollY", ImGui::GetScrollY()); // the touch test's swipes scroll it
}

} // namespace

// A lesson opened before its text arrived (app_model.h: lesson_pending): what it is and that it
// opens by itself, or why it cannot.
void draw_lesson_waiting(AppModel& m, const fonts::FontSet& fonts) {
    const lessons::Lesson& l = m.lessons[static_cast<size_t>(m.lesson_pending)];
    ImGui::SetCursorPos(ImVec2(18.0f, 12.0f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 18.0f);
    // As the lesson's own heading (lesson_view.cpp: draw_lesson), with its summary from the map.
    ImGui::PushFont(fonts.small);
    ImGui::TextColored(theme::rgb_vec(theme::kAccent), "LESSON %d OF %d", m.lesson_pending + 1,
                       static_cast<int>(m.lessons.size()));
    ImGui::PopFont();
    ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted(l.title.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb_vec(theme::kTextDim));
    ImGui::TextWrapped("%s", l.summary.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::Spacing();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    if (m.lessons_problem.empty()) {
        ImGui::TextWrapped("Lesson %d is still downloading. It opens by itself as soon as it has "
                           "arrived.",
                           m.lesson_pending + 1);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb_vec(not_yet_color()));
        ImGui::TextWrapped("Lesson %d could not be downloaded (%s). Check the connection and "
                           "reload the page to try again: your work is saved.",
                           m.lesson_pending + 1, m.lessons_problem.c_str());
        ImGui::PopStyleColor();
    }
    publish_target("lesson:waiting", p0, ImGui::GetItemRectMax());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

namespace {

void draw_code_part(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(min, add(min, ImVec2(size.x, kCodeHeader)), theme::rgba(theme::kPanelRaised));
    panels::text_at(d, fonts.strong, min.x + 12.0f, min.y, kCodeHeader, theme::kTextDim,
                    m.file_name.c_str());
    const session::Snapshot& s = m.run->snapshot();
    char hint[64];
    std::snprintf(hint, sizeof hint, "%s",
                  s.line > 0 && m.run->cursor() > 0 ? ("at line " + std::to_string(s.line)).c_str()
                                                    : "the lesson's program: run it, step it, "
                                                      "change it");
    panels::text_at(d, fonts.small, min.x + size.x - 12.0f - panels::text_width(fonts.small, hint),
                    min.y, kCodeHeader, theme::kTextFaint, hint);
    draw_code_editor(m, fonts, ImVec2(min.x, min.y + kCodeHeader),
                     ImVec2(size.x, size.y - kCodeHeader));
}

} // namespace

LessonContext lesson_context(AppModel& m) {
    LessonContext c;
    c.source = m.source;
    c.cursor = m.run->cursor();
    c.running = m.playing || m.run->busy();
    c.can_undo = m.code.buffer.can_undo();
    c.lesson_index = m.lesson;
    c.lesson_count = static_cast<int>(m.lessons.size());
    const int next = course::next_lesson(m.lessons, m.lesson);
    if (next >= 0) c.next_title = m.lessons[static_cast<size_t>(next)].title;
    return c;
}

void draw_lesson_pane(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    LessonViewState& v = m.lesson_view;
    draw_bar(m, fonts, min, size.x);
    float top = min.y + kBarHeight;
    if (!v.status.empty()) {
        draw_status(m, fonts, ImVec2(min.x + 8.0f, top + 6.0f), size.x - 16.0f);
        top += 32.0f;
    }
    const float body_h = min.y + size.y - top;
    if (v.show_map) {
        begin_child("##course-map", ImVec2(min.x, top), ImVec2(size.x, body_h));
        publish_target("panel:course-map", ImVec2(min.x, top),
                       ImVec2(min.x + size.x, top + body_h));
        draw_course_map(m, fonts);
        end_child();
        return;
    }
    if (m.lesson_pending >= 0) {
        begin_child("##lesson-body", ImVec2(min.x, top), ImVec2(size.x, body_h));
        publish_target("panel:lesson", ImVec2(min.x, top), ImVec2(min.x + size.x, top + body_h));
        draw_lesson_waiting(m, fonts);
        end_child();
        return;
    }
    // The lesson above, its program below: the learner reads with the code in sight.
    const float code_h =
        std::clamp(std::floor(body_h * v.code_share), 120.0f, std::max(120.0f, body_h - 140.0f));
    const float text_h = body_h - code_h - kSplitter;
    begin_child("##lesson-body", ImVec2(min.x, top), ImVec2(size.x, text_h));
    publish_target("panel:lesson", ImVec2(min.x, top), ImVec2(min.x + size.x, top + text_h));
    draw_lesson_text(m, fonts);
    end_child();
    // The splitter between prose and code.
    const ImVec2 sp(min.x, top + text_h);
    ImGui::SetCursorScreenPos(sp);
    ImGui::InvisibleButton("##lesson-split", ImVec2(size.x, kSplitter));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (active && body_h > 0.0f) {
        v.code_share = std::clamp(v.code_share - ImGui::GetIO().MouseDelta.y / body_h, 0.15f, 0.8f);
    }
    ImGui::GetWindowDrawList()->AddLine(ImVec2(sp.x + 8.0f, sp.y + kSplitter * 0.5f),
                                        ImVec2(sp.x + size.x - 8.0f, sp.y + kSplitter * 0.5f),
                                        theme::rgba(active ? theme::kAccent : theme::kBorder),
                                        active ? 2.0f : 1.0f);
    draw_code_part(m, fonts, ImVec2(min.x, sp.y + kSplitter), ImVec2(size.x, code_h));
}

// [SECTION] the course map

void draw_course_map(AppModel& m, const fonts::FontSet& fonts) {
    LessonViewState& v = m.lesson_view;
    ImGui::SetCursorPos(ImVec2(18.0f, 14.0f));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted("The course");
    ImGui::PopFont();
    ImGui::PushFont(fonts.small);
    ImGui::TextColored(theme::rgb_vec(theme::kTextDim),
                       "%d lessons. Each one: read, predict, run, then check what you learned.",
                       static_cast<int>(m.lessons.size()));
    ImGui::PopFont();
    ImGui::Spacing();
    const std::vector<course::MapEntry> map = course::course_map(m.lessons, v.progress);
    const float width = std::max(200.0f, ImGui::GetContentRegionAvail().x - 18.0f);
    for (const course::MapEntry& e : map) {
        ImGui::PushID(e.number);
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        const float h = 58.0f;
        const bool clicked = ImGui::InvisibleButton("##lesson", ImVec2(width, h));
        const bool hovered = ImGui::IsItemHovered();
        const std::string target = "course:lesson:" + e.id;
        publish_target(target.c_str(), p0, add(p0, ImVec2(width, h)));
        if (v.scroll_to == target) { // the page asked for it (loopscope_lesson_scroll_to)
            ImGui::SetScrollHereY(0.5f);
            v.scroll_to.clear();
        }
        ImDrawList* d = ImGui::GetWindowDrawList();
        const ImVec2 p1 = add(p0, ImVec2(width, h - 4.0f));
        d->AddRectFilled(p0, p1,
                         theme::rgba(e.current ? theme::kSelected
                                     : hovered ? theme::kRowHover
                                               : theme::kPanelRaised),
                         6.0f);
        if (e.current) {
            d->AddRectFilled(p0, ImVec2(p0.x + 4.0f, p1.y), theme::rgba(theme::kAccent), 2.0f);
        }
        // The number in a circle: filled when the lesson is complete.
        const ImVec2 c(p0.x + 26.0f, p0.y + (h - 4.0f) * 0.5f);
        const bool done = e.score.complete() && e.opened;
        if (done) {
            d->AddCircleFilled(c, 14.0f, theme::rgba(good_color()), 24);
        } else {
            d->AddCircle(c, 14.0f, theme::rgba(e.current ? theme::kAccent : theme::kTextFaint), 24,
                         1.5f);
        }
        char num[8];
        std::snprintf(num, sizeof num, "%d", e.number);
        const float nw = panels::text_width(fonts.strong, num);
        panels::text_at(d, fonts.strong, c.x - nw * 0.5f, c.y - 12.0f, 24.0f,
                        done ? theme::kOnAccent : theme::kText, num);
        const float tx = p0.x + 52.0f;
        panels::text_at(d, fonts.strong, tx, p0.y + 6.0f, 22.0f, theme::kText, e.title.c_str());
        std::string line = course::score_words(e.score);
        if (e.current) line = "You are here \xC2\xB7 " + line;
        panels::text_at(d, fonts.small, tx, p0.y + 28.0f, 20.0f,
                        e.current ? theme::kAccent : theme::kTextDim, line.c_str());
        if (hovered && !e.summary.empty()) ImGui::SetTooltip("%s", e.summary.c_str());
        if (clicked) {
            v.request_lesson = e.number - 1;
            v.show_map = false;
        }
        ImGui::PopID();
    }
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(1.0f, 16.0f));
}

// [SECTION] problem help in the console

void draw_problem_help(AppModel& m, const fonts::FontSet& fonts) {
    LessonViewState& v = m.lesson_view;
    const uint64_t scanned = v.problems.scanned;
    course::scan_problems(m.run->recording(), v.problems);
    if (v.problems.scanned < scanned) v.problem_open.clear(); // a new recording
    if (m.playing) return; // explained once the run stops or pauses, not while it scrolls by
    const uint64_t cursor = m.run->cursor();
    const session::Snapshot& s = m.run->snapshot();
    const std::optional<course::Traceback> tb = course::find_traceback(s.output, kProgramFile);
    bool any = tb.has_value();
    for (const course::Problem& p : v.problems.problems) any = any || p.event <= cursor;
    if (!any) return;
    ImGui::PushFont(fonts.ui);
    ImGui::Spacing();
    const float width = std::max(120.0f, ImGui::GetContentRegionAvail().x - 12.0f);
    int shown = 0;
    for (const course::Problem& p : v.problems.problems) {
        if (p.event > cursor) continue;
        ImGui::PushID(shown++);
        // What ended the run is explained at once; the others in one line, opened on a click.
        const bool ends_run = p.kind == course::ProblemKind::Deadlock ||
                              p.kind == course::ProblemKind::MissingModule ||
                              p.kind == course::ProblemKind::AwaitNotAwaitable;
        auto open_it = v.problem_open.find(p.event);
        const bool open = open_it == v.problem_open.end() ? ends_run : open_it->second;
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        ImGui::Indent(12.0f);
        ImGui::Dummy(ImVec2(0.0f, 3.0f));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 24.0f);
        draw_inline_wrapped(lessons::Inline{{p.title, false, true, false}}, fonts, fonts.strong,
                            theme::rgba(not_yet_color()));
        if (open) draw_inline_wrapped(lessons::parse_inline(p.text), fonts, fonts.ui);
        if (ImGui::SmallButton(open ? "Less" : "Why, and what to do?")) {
            v.problem_open[p.event] = !open;
        }
        publish_target(shown == 1 ? "console:help-toggle" : "console:help-toggle-more",
                       ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (p.line > 0) {
            ImGui::SameLine();
            char label[48];
            std::snprintf(label, sizeof label, "Show line %d", p.line);
            if (ImGui::SmallButton(label)) cmd_go_to_line(m, p.line);
        }
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0.0f, 3.0f));
        ImGui::Unindent(12.0f);
        const ImVec2 p1(p0.x + width, ImGui::GetCursorScreenPos().y);
        ImDrawList* d = ImGui::GetWindowDrawList();
        d->AddRect(p0, p1, theme::rgba(not_yet_color(), 0.6f), 6.0f);
        d->AddRectFilled(p0, ImVec2(p0.x + 3.0f, p1.y), theme::rgba(not_yet_color()), 2.0f);
        publish_target(shown == 1 ? "console:help" : "console:help-more", p0, p1);
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (tb) {
        ImGui::PushFont(fonts.code);
        int hidden_run = 0; // runtime rows folded since the last own row
        auto fold_marker = [&](int frames) {
            if (frames == 0) return;
            char label[96];
            std::snprintf(label, sizeof label, "    ... %d frame%s inside asyncio (hidden)", frames,
                          frames == 1 ? "" : "s");
            ImGui::TextColored(theme::rgb_vec(theme::kTextFaint), "%s", label);
        };
        for (size_t i = 0; i < tb->rows.size(); ++i) {
            const course::TracebackRow& r = tb->rows[i];
            if (!r.own && !v.runtime_frames) {
                if (r.frame) ++hidden_run;
                continue;
            }
            fold_marker(hidden_run);
            hidden_run = 0;
            ImGui::PushID(static_cast<int>(i));
            const unsigned color = !r.own     ? theme::kTextFaint
                                   : r.frame  ? theme::kSyntaxCall
                                   : r.source ? theme::kText
                                              : theme::kError;
            if (r.frame && r.line > 0) {
                const ImVec2 a = ImGui::GetCursorScreenPos();
                if (ImGui::Selectable("##frame", false, 0,
                                      ImVec2(0.0f, ImGui::GetTextLineHeight()))) {
                    cmd_go_to_line(m, r.line);
                }
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show line %d", r.line);
                publish_target(("traceback:line:" + std::to_string(r.line)).c_str(),
                               ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
                ImGui::SetCursorScreenPos(a);
            }
            ImGui::TextColored(theme::rgb_vec(color), "%s", r.text.c_str());
            ImGui::PopID();
        }
        fold_marker(hidden_run);
        ImGui::PopFont();
        if (tb->runtime_frames > 0) {
            ImGui::Checkbox("Show the runtime's own frames", &v.runtime_frames);
            publish_target("traceback:runtime", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        }
    }
    ImGui::PopFont();
}

} // namespace loopscope
