// lesson_view_checks.cpp - the knowledge checks of a lesson, as checks that teach (issue 11):
// a first wrong answer says "Not yet" with the check's hint, the answer shows after a second
// wrong answer or when the learner asks ("Show me"); options are picked by clicking anywhere on
// them; output lines are put in order by dragging or with the keyboard; a scheduler question
// pauses the run at its moment and then shows the next step; a challenge is graded on the run
// the learner starts for it. The retry rule itself is course::record_answer (progress.h).
//
// Every interactive piece is published as "check:<id>:<part>" (lesson_actions::target): the
// browser tests click it and the accessible page draws its focus ring round it. What a widget
// does goes through lesson_actions.h, which the accessible page's controls call too.
#include "imgui.h"
#include "later_python.h"
#include "lesson_actions.h"
#include "lesson_view.h"
#include "test_hooks.h"
#include "theme.h"

#include <SDL_scancode.h>

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>
#include <cstdlib>

namespace loopscope {

using course::AttemptState;
using course::CheckProgress;
using lessons::Check;
using lessons::CheckKind;
using lessons::Inline;

namespace {

constexpr float kLineSpacing = 1.45f;

float font_size(ImFont* font) {
    ImGui::PushFont(font);
    const float s = ImGui::GetFontSize();
    ImGui::PopFont();
    return s;
}

void vspace(float px) {
    ImGui::Dummy(ImVec2(0.0f, px));
}

Inline plain(std::string text, bool strong = false) {
    return Inline{{std::move(text), false, strong, false}};
}

// The state draw_check is drawing (a current context, as ImGui keeps one): the small helpers
// below publish their widgets through it.
LessonViewState* g_drawing = nullptr;

// "check:<id>:<part>" for the item just drawn.
void publish(const Check& check, const std::string& part) {
    publish_lesson_item(*g_drawing, lesson_actions::target(check, part));
}

// InputText over a std::string (imgui_stdlib is not part of the build).
int resize_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

bool input_multiline(const char* id, std::string& s, ImVec2 size) {
    if (s.capacity() < 64) s.reserve(64);
    return ImGui::InputTextMultiline(id, s.data(), s.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize, resize_callback, &s);
}

bool input_line(const char* id, std::string& s, float width) {
    if (s.capacity() < 32) s.reserve(32);
    ImGui::SetNextItemWidth(width);
    return ImGui::InputText(id, s.data(), s.capacity() + 1,
                            ImGuiInputTextFlags_CallbackResize |
                                ImGuiInputTextFlags_EnterReturnsTrue,
                            resize_callback, &s);
}

// A filled circle with a tick or a cross, for goal items.
void status_mark(bool ok, float size) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = size * 0.42f;
    const ImVec2 c(p.x + size * 0.5f, p.y + size * 0.5f + 2.0f);
    dl->AddCircleFilled(c, r, theme::rgba(ok ? good_color() : theme::kError, 0.9f));
    const ImU32 ink = theme::rgba(theme::kPanel);
    if (ok) {
        dl->AddLine(ImVec2(c.x - r * 0.5f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ink, 2.0f);
        dl->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ImVec2(c.x + r * 0.5f, c.y - r * 0.4f),
                    ink, 2.0f);
    } else {
        const float d = r * 0.4f;
        dl->AddLine(ImVec2(c.x - d, c.y - d), ImVec2(c.x + d, c.y + d), ink, 2.0f);
        dl->AddLine(ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d), ink, 2.0f);
    }
    ImGui::Dummy(ImVec2(size, size));
}

// One option: a radio mark and its text, the whole row clickable (the text too). `mark`:
// 0 plain, 1 right, 2 wrong. Returns true when clicked.
bool option_row(const Check& check, const std::string& part, bool selected, const Inline& text,
                const fonts::FontSet& fonts, bool enabled, int mark, const Inline* feedback) {
    ImGui::PushID(part.c_str());
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float size = font_size(fonts.ui);
    const float line_h = size * kLineSpacing;
    const float radio = 24.0f;
    ImGui::SetCursorScreenPos(ImVec2(start.x + radio, start.y));
    ImGui::BeginGroup();
    const unsigned color = mark == 1 ? good_color() : mark == 2 ? theme::kError : 0;
    draw_inline_wrapped(text, fonts, fonts.ui, color ? theme::rgba(color) : 0);
    if (feedback) draw_inline_wrapped(*feedback, fonts, fonts.ui, theme::rgba(theme::kTextDim));
    ImGui::EndGroup();
    const ImVec2 end = ImGui::GetItemRectMax();
    const float width = std::max(ImGui::GetContentRegionAvail().x + radio, end.x - start.x);
    // The row's button goes over the text, which is drawn without items of its own.
    ImGui::SetCursorScreenPos(start);
    ImGui::BeginDisabled(!enabled);
    const bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, end.y - start.y));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::EndDisabled();
    publish(check, part);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (hovered && enabled) {
        dl->AddRectFilled(ImVec2(start.x - 4.0f, start.y), ImVec2(start.x + width, end.y),
                          theme::rgba(theme::kRowHover, 0.6f), 4.0f);
    }
    const ImVec2 c(start.x + 9.0f, start.y + line_h * 0.5f);
    const ImU32 ring = theme::rgba(selected ? theme::kAccent : theme::kTextDim);
    dl->AddCircle(c, 7.0f, ring, 20, 1.5f);
    if (selected) dl->AddCircleFilled(c, 4.0f, theme::rgba(theme::kAccent), 16);
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y + 2.0f));
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    ImGui::PopID();
    return clicked && enabled;
}

// ---- the verdict under every check ------------------------------------------------------------

// "Not yet" with the hint; "Right"; or the answer, once shown.
// `answer`: the right answer in words, for when it is shown ("" when the check shows it
// itself: the marked option, the real output).
void draw_verdict(const Check& check, const CheckProgress& p, const CheckUi& ui,
                  const std::string& answer, const fonts::FontSet& fonts) {
    // A choice's feedback sits under the option picked; the others have a message of their own.
    const bool own_message = check.kind != CheckKind::Choice;
    if (p.state == AttemptState::Fresh) return;
    vspace(2.0f);
    switch (p.state) {
        case AttemptState::NotYet:
            draw_inline_wrapped(plain("Not yet.", true), fonts, fonts.strong,
                                theme::rgba(not_yet_color()));
            if (own_message && ui.graded && !ui.grade.message.empty()) {
                draw_inline_wrapped(plain(ui.grade.message), fonts, fonts.ui);
            }
            if (!check.hint.empty()) {
                Inline hint = check.hint;
                hint.insert(hint.begin(), {"Hint: ", false, true, false});
                draw_inline_wrapped(hint, fonts, fonts.ui, theme::rgba(not_yet_color()));
            }
            draw_inline_wrapped(plain("Try again, or press Show me to see the answer."), fonts,
                                fonts.small, theme::rgba(theme::kTextDim));
            break;
        case AttemptState::Correct:
            draw_inline_wrapped(plain(p.wrong ? "Right, on the second try." : "Right!", true),
                                fonts, fonts.strong, theme::rgba(good_color()));
            if (own_message && ui.graded && !ui.grade.message.empty()) {
                std::string words = ui.grade.message; // "Right: ..." under "Right!" says it twice
                if (words.rfind("Right: ", 0) == 0) words = words.substr(7);
                if (!words.empty()) words[0] = static_cast<char>(std::toupper(words[0]));
                draw_inline_wrapped(plain(words), fonts, fonts.ui);
            }
            break;
        case AttemptState::Revealed:
            draw_inline_wrapped(plain("The answer", true), fonts, fonts.strong,
                                theme::rgba(theme::kAccent));
            if (!answer.empty()) draw_inline_wrapped(plain(answer), fonts, fonts.ui);
            break;
        case AttemptState::Fresh: break;
    }
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    publish(check, "verdict");
    if (course::settled(p) && !check.explain.blocks.empty()) draw_markdown(check.explain, fonts);
}

// The "Check" and "Show me" buttons of a check (lesson_actions::submit / show_me); returns true
// when Check graded an answer. `enter`: Enter was pressed in the check's text field.
bool answer_buttons(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                    bool enter = false) {
    const Check& check = lesson.checks[index];
    if (course::settled(lesson_actions::progress_of(state, lesson, index))) return false;
    const bool can_check = lesson_actions::can_submit(state, lesson, index);
    ImGui::BeginDisabled(!can_check);
    const bool pressed = ImGui::Button("Check");
    ImGui::EndDisabled();
    publish(check, "submit");
    ImGui::SameLine();
    if (ImGui::Button("Show me")) lesson_actions::show_me(state, lesson, index);
    publish(check, "show-me");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Show the answer (the check then counts as shown)");
    return (pressed || enter) && lesson_actions::submit(state, lesson, index);
}

// ---- multiple choice ---------------------------------------------------------------------------

void draw_choice(LessonViewState& state, CheckProgress& p, CheckUi& ui,
                 const lessons::Lesson& lesson, size_t index, const fonts::FontSet& fonts) {
    const Check& check = lesson.checks[index];
    const bool open = course::can_answer(p);
    const int graded_pick = ui.graded ? std::atoi(p.answer.c_str()) : -1;
    for (size_t i = 0; i < check.options.size(); ++i) {
        const lessons::ChoiceOption& o = check.options[i];
        const bool this_graded = ui.graded && static_cast<int>(i) == graded_pick;
        // Feedback: the graded pick's own; once settled, the right option's too.
        const bool show_feedback = this_graded || (course::settled(p) && o.correct);
        int mark = 0;
        if (this_graded) mark = o.correct ? 1 : 2;
        if (course::settled(p) && o.correct) mark = 1;
        if (option_row(check, "option:" + std::to_string(i), ui.picked == static_cast<int>(i),
                       o.text, fonts, open, mark, show_feedback ? &o.feedback : nullptr)) {
            lesson_actions::pick(state, lesson, index, static_cast<int>(i));
        }
    }
    vspace(2.0f);
    answer_buttons(state, lesson, index);
}

// ---- predict the output ------------------------------------------------------------------------

void draw_order_puzzle(LessonViewState& state, CheckUi& ui, const Check& check, int index,
                       bool open, const fonts::FontSet& fonts) {
    course::OrderPuzzle& puzzle = ui.order;
    const bool has_keys = state.keyboard_check == index && open;
    if (has_keys) {
        for (int key : state.keys) {
            switch (key) {
                case SDL_SCANCODE_UP: course::order_key(puzzle, course::OrderKey::Up); break;
                case SDL_SCANCODE_DOWN: course::order_key(puzzle, course::OrderKey::Down); break;
                case SDL_SCANCODE_HOME: course::order_key(puzzle, course::OrderKey::Home); break;
                case SDL_SCANCODE_END: course::order_key(puzzle, course::OrderKey::End); break;
                case SDL_SCANCODE_RETURN:
                case SDL_SCANCODE_KP_ENTER:
                case SDL_SCANCODE_SPACE: course::order_key(puzzle, course::OrderKey::Pick); break;
                case SDL_SCANCODE_ESCAPE:
                    course::order_key(puzzle, course::OrderKey::Drop);
                    state.keyboard_check = -1;
                    break;
                default: break;
            }
        }
    }
    char payload[32];
    std::snprintf(payload, sizeof payload, "order-%d", index);
    ImGui::PushFont(fonts.code);
    const float row_h = ImGui::GetTextLineHeight() + 10.0f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    int moved_from = -1, moved_to = -1;
    for (size_t i = 0; i < puzzle.lines.size(); ++i) {
        const int row = static_cast<int>(i);
        ImGui::PushID(row);
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::BeginDisabled(!open);
        const bool clicked = ImGui::InvisibleButton("##line", ImVec2(width, row_h - 2.0f));
        ImGui::EndDisabled();
        const bool hovered = ImGui::IsItemHovered();
        publish(check, "line:" + std::to_string(i));
        if (open && ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(payload, &row, sizeof row);
            ImGui::TextUnformatted(puzzle.lines[i].c_str());
            ImGui::EndDragDropSource();
        }
        if (open && ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload(payload)) {
                moved_from = *static_cast<const int*>(pl->Data);
                moved_to = row;
            }
            ImGui::EndDragDropTarget();
        }
        if (clicked && open) {
            course::order_click(puzzle, row);
            state.keyboard_check = index;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 p1(p0.x + width, p0.y + row_h - 2.0f);
        const bool picked = puzzle.picked == row;
        const bool wrong = ui.graded && !ui.grade.correct && row == ui.grade.first_wrong_line;
        dl->AddRectFilled(p0, p1,
                          theme::rgba(picked            ? theme::kSelected
                                      : hovered && open ? theme::kRowHover
                                                        : theme::kPanelRaised),
                          5.0f);
        if (picked || (has_keys && puzzle.focus == row)) {
            dl->AddRect(p0, p1, theme::rgba(picked ? theme::kAccent : theme::kTextDim), 5.0f, 0,
                        picked ? 2.0f : 1.0f);
        }
        const float ty = p0.y + (row_h - 2.0f - ImGui::GetTextLineHeight()) * 0.5f;
        // the grip: three short bars saying "drag me"
        const float gy = p0.y + (row_h - 2.0f) * 0.5f;
        for (int k = -1; k <= 1; ++k) {
            dl->AddLine(ImVec2(p0.x + 9.0f, gy + 4.0f * static_cast<float>(k)),
                        ImVec2(p0.x + 18.0f, gy + 4.0f * static_cast<float>(k)),
                        theme::rgba(open ? theme::kTextDim : theme::kTextFaint), 1.5f);
        }
        dl->AddText(ImVec2(p0.x + 26.0f, ty), theme::rgba(wrong ? theme::kError : theme::kText),
                    puzzle.lines[i].c_str());
        ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y + row_h));
        ImGui::PopID();
    }
    ImGui::PopFont();
    // A click elsewhere takes the keyboard away from the puzzle.
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    if (state.keyboard_check == index && ImGui::IsMouseClicked(0) &&
        !ImGui::IsMouseHoveringRect(top, ImVec2(top.x + ImGui::GetContentRegionAvail().x, bottom.y),
                                    false)) {
        state.keyboard_check = -1;
        puzzle.picked = -1;
    }
    if (moved_from >= 0) course::order_move(puzzle, moved_from, moved_to);
    if (open) {
        ImGui::TextDisabled(has_keys ? "Up/Down move the picked line; Enter picks or drops one."
                                     : "Drag lines into order, or click one and move it with "
                                       "the arrow keys.");
    }
}

void draw_output(LessonViewState& state, CheckProgress& p, CheckUi& ui,
                 const lessons::Lesson& lesson, size_t index, const lessons::ProgramRun& ref,
                 const fonts::FontSet& fonts) {
    const Check& check = lesson.checks[index];
    const bool open = course::can_answer(p);
    if (check.mode == lessons::OutputMode::Order) {
        draw_order_puzzle(state, ui, check, static_cast<int>(index), open, fonts);
        answer_buttons(state, lesson, index);
    } else {
        ImGui::PushFont(fonts.code);
        const float h = ImGui::GetTextLineHeightWithSpacing() *
                        static_cast<float>(std::clamp<size_t>(ref.output.size() + 1, 4, 14));
        ImGui::BeginDisabled(!open);
        input_multiline("##typed", ui.typed, ImVec2(-FLT_MIN, h));
        ImGui::EndDisabled();
        publish(check, "input");
        ImGui::PopFont();
        if (check.with_times) {
            ImGui::TextDisabled("One line each, with its time: [2.000] done");
        }
        answer_buttons(state, lesson, index);
    }
    draw_verdict(check, p, ui, "", fonts);
    if (p.state == AttemptState::Revealed) {
        lessons::Check timed = check;
        timed.with_times = true;
        std::string text;
        for (const std::string& l : lessons::expected_output_lines(timed, ref)) text += l + "\n";
        if (!text.empty()) text.pop_back();
        draw_code_block(text, false, fonts.code);
    }
}

// ---- predict the scheduler ---------------------------------------------------------------------

void draw_scheduler(LessonViewState& state, CheckProgress& p, CheckUi& ui,
                    const lessons::Lesson& lesson, size_t index, const lessons::ProgramRun& ref,
                    const LessonContext& context, const fonts::FontSet& fonts) {
    const Check& check = lesson.checks[index];
    const lessons::SchedulerAnswer a = lessons::derive_answer(check, ref);
    if (!a.ok) {
        ImGui::TextColored(theme::rgb_vec(theme::kError),
                           "This question does not fit the program: %s", a.error.c_str());
        return;
    }
    // The stepper: pause the run where the question is asked.
    const bool paused_here = ui.at_moment && context.cursor == a.pause_event && !context.running;
    if (ImGui::Button(paused_here ? "Paused at this moment" : "Pause the run at this moment")) {
        lesson_actions::pause_at_moment(state, lesson, index);
    }
    publish(check, "moment");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Runs the lesson's program up to the moment this question is about: "
                          "the code, the ready queue, the timers, the tasks and the timeline "
                          "then show that moment.");
    }
    if (paused_here) {
        draw_inline_wrapped(plain("The run is paused where the question is asked: look at the "
                                  "ready queue, the timers and the tasks."),
                            fonts, fonts.small, theme::rgba(theme::kTextDim));
    }
    const bool open = course::can_answer(p);
    if (!a.choices.empty()) {
        ImGui::PushFont(fonts.code);
        for (size_t i = 0; i < a.choices.size(); ++i) {
            const bool this_graded = ui.graded && a.choices[i] == p.answer;
            int mark = this_graded ? (ui.grade.correct ? 1 : 2) : 0;
            if (course::settled(p) && a.choices[i] == a.text) mark = 1;
            if (option_row(check, "choice:" + std::to_string(i), ui.picked == static_cast<int>(i),
                           plain(a.choices[i]), fonts, open, mark, nullptr)) {
                lesson_actions::pick(state, lesson, index, static_cast<int>(i));
            }
        }
        ImGui::PopFont();
        answer_buttons(state, lesson, index);
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("t =");
        ImGui::SameLine();
        ImGui::BeginDisabled(!open);
        const bool entered = input_line("##answer", ui.typed, 120.0f);
        ImGui::EndDisabled();
        publish(check, "input");
        ImGui::SameLine();
        ImGui::TextDisabled("seconds");
        answer_buttons(state, lesson, index, entered);
    }
    draw_verdict(check, p, ui, lessons::grade_scheduler(check, ref, a.text).answer, fonts);
    if (course::settled(p)) {
        if (ImGui::Button("Show me the next step")) lesson_actions::next_step(state, lesson, index);
        publish(check, "reveal");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Runs on to the moment that answers the question.");
        }
    }
}

// ---- challenges --------------------------------------------------------------------------------

void draw_challenge(LessonViewState& state, CheckProgress& p, CheckUi& ui,
                    const lessons::Lesson& lesson, const Check& check, int index,
                    const LessonContext& context, const fonts::FontSet& fonts) {
    draw_markdown(check.task, fonts);
    ImGui::PushFont(fonts.strong);
    ImGui::TextUnformatted("Goal: your program");
    ImGui::PopFont();
    const std::vector<std::string> words = lessons::describe_goal(check.goal);
    const float mark = font_size(fonts.ui);
    for (size_t i = 0; i < words.size(); ++i) {
        if (ui.goal && i < ui.goal->items.size()) {
            const lessons::GoalItem& item = ui.goal->items[i];
            status_mark(item.met, mark);
            ImGui::SameLine();
            ImGui::TextUnformatted(words[i].c_str());
            if (!item.detail.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("(%s)", item.detail.c_str());
            }
        } else {
            ImGui::Bullet();
            ImGui::TextUnformatted(words[i].c_str());
        }
    }
    const bool running = state.challenge_check == index;
    const size_t at = static_cast<size_t>(index);
    if (ImGui::Button("Load the starter code")) lesson_actions::load_starter(state, lesson, at);
    publish(check, "starter");
    ImGui::SameLine();
    ImGui::BeginDisabled(running);
    if (ImGui::Button(running ? "Running..." : "Run and check")) {
        lesson_actions::run_and_check(state, lesson, at);
    }
    ImGui::EndDisabled();
    publish(check, "run");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Runs the code in the editor and checks the goal on that run.");
    }
    if (!check.hints.empty()) {
        ImGui::SameLine();
        ImGui::BeginDisabled(p.hints >= static_cast<int>(check.hints.size()));
        char label[48];
        std::snprintf(label, sizeof label, "Hint (%d/%d)", p.hints,
                      static_cast<int>(check.hints.size()));
        if (ImGui::Button(label)) lesson_actions::show_hint(state, lesson, at);
        ImGui::EndDisabled();
        publish(check, "hint");
    }
    if (!check.solution.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Show me a solution")) lesson_actions::load_solution(state, lesson, at);
        publish(check, "solution");
    }
    if (context.can_undo) {
        ImGui::SameLine();
        if (ImGui::Button("Undo")) state.request_undo = true;
        publish(check, "undo");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Take back the last change to the code (Ctrl+Z)");
    }
    for (int i = 0; i < p.hints && i < static_cast<int>(check.hints.size()); ++i) {
        draw_inline_wrapped(check.hints[static_cast<size_t>(i)], fonts, fonts.ui,
                            theme::rgba(not_yet_color()));
    }
    if (running) {
        draw_inline_wrapped(plain("Running your code..."), fonts, fonts.ui,
                            theme::rgba(theme::kTextDim));
    }
    if (ui.goal) {
        if (ui.goal->met) {
            draw_inline_wrapped(plain(p.state == AttemptState::Correct
                                          ? "Challenge solved: every condition holds."
                                          : "Every condition holds (with the solution shown).",
                                      true),
                                fonts, fonts.strong, theme::rgba(good_color()));
        } else {
            int met = 0;
            for (const lessons::GoalItem& it : ui.goal->items) met += it.met ? 1 : 0;
            char line[96];
            std::snprintf(line, sizeof line, "Not yet: %d of %d conditions hold.", met,
                          static_cast<int>(ui.goal->items.size()));
            draw_inline_wrapped(plain(line, true), fonts, fonts.strong,
                                theme::rgba(not_yet_color()));
            if (!check.hint.empty()) {
                Inline hint = check.hint;
                hint.insert(hint.begin(), {"Hint: ", false, true, false});
                draw_inline_wrapped(hint, fonts, fonts.ui, theme::rgba(not_yet_color()));
            }
        }
        ImGui::Dummy(ImVec2(0.0f, 0.0f));
        publish(check, "verdict");
    } else if (p.state == AttemptState::Correct) {
        draw_inline_wrapped(plain("Challenge solved.", true), fonts, fonts.strong,
                            theme::rgba(good_color()));
    }
    if (course::settled(p) && !check.explain.blocks.empty()) draw_markdown(check.explain, fonts);
}

const char* kind_label(const Check& c) {
    switch (c.kind) {
        case CheckKind::Choice: return "Multiple choice";
        case CheckKind::Output: return "Predict the output";
        case CheckKind::Scheduler: return "Predict the scheduler";
        case CheckKind::Challenge: return "Challenge";
    }
    return "";
}

} // namespace

const lessons::ProgramRun& reference_run(LessonViewState& state, const lessons::Lesson& lesson,
                                         const std::string& program) {
    if (!later_python::ready()) {
        // The program may import standard modules that have not arrived yet (later_python.h):
        // nothing to grade against meanwhile (can_submit says no), and nothing cached.
        static const lessons::ProgramRun kNotYet{};
        return kNotYet;
    }
    auto it = state.reference_runs.find(program);
    if (it == state.reference_runs.end()) {
        it = state.reference_runs
                 .emplace(program, lessons::run_program(lesson.file(program), program))
                 .first;
    }
    return it->second;
}

void publish_lesson_item(LessonViewState& state, const std::string& name) {
    publish_target(name.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (state.scroll_to == name) {
        ImGui::SetScrollHereY(0.4f);
        state.scroll_to.clear();
    }
}

void draw_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                const LessonContext& context, const fonts::FontSet& fonts) {
    g_drawing = &state;
    const Check& check = lesson.checks[index];
    CheckUi& ui = lesson_actions::ui_of(state, lesson, index); // an answer kept is shown again
    CheckProgress& p = lesson_actions::progress_of(state, lesson, index);
    ImGui::PushID(check.id.c_str());
    ImGui::Separator();
    vspace(4.0f);
    ImGui::PushFont(fonts.small);
    const char* state_word = p.state == AttemptState::Correct    ? "  \xC2\xB7  done"
                             : p.state == AttemptState::Revealed ? "  \xC2\xB7  shown"
                                                                 : "";
    ImGui::TextColored(theme::rgb_vec(theme::kAccent), "CHECK %d OF %d  \xC2\xB7  %s%s",
                       static_cast<int>(index) + 1, static_cast<int>(lesson.checks.size()),
                       kind_label(check), state_word);
    ImGui::PopFont();
    publish(check, "title");
    draw_inline_wrapped(check.question, fonts, fonts.strong);
    switch (check.kind) {
        case CheckKind::Choice:
            draw_choice(state, p, ui, lesson, index, fonts);
            draw_verdict(check, p, ui, "The right answer is the one marked in green.", fonts);
            break;
        case CheckKind::Output:
            draw_output(state, p, ui, lesson, index, lesson_actions::run_of(state, lesson, index),
                        fonts);
            break;
        case CheckKind::Scheduler:
            draw_scheduler(state, p, ui, lesson, index,
                           lesson_actions::run_of(state, lesson, index), context, fonts);
            break;
        case CheckKind::Challenge:
            draw_challenge(state, p, ui, lesson, check, static_cast<int>(index), context, fonts);
            break;
    }
    vspace(8.0f);
    ImGui::PopID();
}

} // namespace loopscope
