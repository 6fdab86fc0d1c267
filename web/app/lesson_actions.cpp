// lesson_actions.cpp - see lesson_actions.h.
#include "lesson_actions.h"

#include "later_python.h"

#include "lessons/checks.h"

#include <cctype>
#include <cstdlib>
#include <utility>

namespace loopscope::lesson_actions {

using course::AttemptState;
using course::CheckProgress;
using lessons::Check;
using lessons::CheckKind;

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t nl = text.find('\n', pos);
        lines.push_back(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
        if (nl == std::string::npos) break;
        pos = nl + 1;
    }
    return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string s;
    for (size_t i = 0; i < lines.size(); ++i) s += (i ? "\n" : "") + lines[i];
    return s;
}

// A grade noted on screen and in the progress (the retry rule).
void record(LessonViewState& state, CheckProgress& p, CheckUi& ui, lessons::Grade grade,
            std::string answer) {
    ui.grade = std::move(grade);
    ui.graded = true;
    course::record_answer(p, ui.grade.correct, std::move(answer));
    ++state.progress.serial;
}

// An answer kept in the progress, shown again on a screen state that has not graded yet.
void restore(LessonViewState& state, const lessons::Lesson& lesson, size_t index, CheckUi& ui,
             const CheckProgress& p) {
    const Check& check = lesson.checks[index];
    const bool kept = p.state != AttemptState::Fresh;
    switch (check.kind) {
        case CheckKind::Choice:
            if (!ui.graded && kept && !p.answer.empty()) {
                ui.picked = std::atoi(p.answer.c_str());
                ui.grade = lessons::grade_choice(check, ui.picked);
                ui.graded = true;
            }
            break;
        case CheckKind::Output: {
            if (check.mode == lessons::OutputMode::Order) {
                if (ui.order_ready) break;
                const lessons::ProgramRun& ref = run_of(state, lesson, index);
                ui.order.lines = lessons::order_pool(check, ref);
                if (kept && !p.answer.empty()) {
                    ui.order.lines = split_lines(p.answer);
                    ui.grade = lessons::grade_output_order(check, ref, ui.order.lines);
                    ui.graded = true;
                }
                ui.order_ready = true;
            } else if (!ui.graded && kept) {
                ui.typed = p.answer;
                ui.grade = lessons::grade_output(check, run_of(state, lesson, index), ui.typed);
                ui.graded = true;
            }
            break;
        }
        case CheckKind::Scheduler: {
            if (ui.graded || !kept) break;
            const lessons::ProgramRun& ref = run_of(state, lesson, index);
            const lessons::SchedulerAnswer a = lessons::derive_answer(check, ref);
            if (!a.ok) break;
            ui.typed = p.answer;
            for (size_t i = 0; i < a.choices.size(); ++i)
                if (a.choices[i] == p.answer) ui.picked = static_cast<int>(i);
            ui.grade = lessons::grade_scheduler(check, ref, p.answer);
            ui.graded = true;
            break;
        }
        case CheckKind::Challenge: break;
    }
}

} // namespace

void prepare(LessonViewState& state, const lessons::Lesson& lesson) {
    if (state.lesson_id != lesson.id || state.checks.size() != lesson.checks.size()) {
        state.lesson_id = lesson.id;
        state.checks.assign(lesson.checks.size(), CheckUi{});
        state.reference_runs.clear();
        state.keyboard_check = -1;
    }
}

const std::string& program_of(const lessons::Lesson& lesson, const Check& check) {
    return check.program.empty() ? lesson.program : check.program;
}

const lessons::ProgramRun& run_of(LessonViewState& state, const lessons::Lesson& lesson,
                                  size_t index) {
    return reference_run(state, lesson, program_of(lesson, lesson.checks[index]));
}

CheckProgress& progress_of(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    return course::check_progress(state.progress, lesson.id, lesson.checks[index].id);
}

CheckUi& ui_of(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    prepare(state, lesson);
    CheckUi& ui = state.checks[index];
    restore(state, lesson, index, ui, progress_of(state, lesson, index));
    return ui;
}

void pick(LessonViewState& state, const lessons::Lesson& lesson, size_t index, int option) {
    CheckUi& ui = ui_of(state, lesson, index);
    if (course::can_answer(progress_of(state, lesson, index))) ui.picked = option;
}

void set_typed(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
               std::string text) {
    CheckUi& ui = ui_of(state, lesson, index);
    if (course::can_answer(progress_of(state, lesson, index))) ui.typed = std::move(text);
}

const std::vector<std::string>& order(LessonViewState& state, const lessons::Lesson& lesson,
                                      size_t index) {
    return ui_of(state, lesson, index).order.lines;
}

void move_line(LessonViewState& state, const lessons::Lesson& lesson, size_t index, size_t line,
               int delta) {
    CheckUi& ui = ui_of(state, lesson, index);
    if (!course::can_answer(progress_of(state, lesson, index))) return;
    const int from = static_cast<int>(line);
    course::order_move(ui.order, from, from + (delta < 0 ? -1 : 1));
}

bool can_submit(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    const Check& check = lesson.checks[index];
    const CheckUi& ui = ui_of(state, lesson, index);
    if (!course::can_answer(progress_of(state, lesson, index))) return false;
    // Output and scheduler checks are graded against the program's run, which needs the
    // standard modules downloaded after the first load.
    if (check.kind != CheckKind::Choice && !later_python::ready()) return false;
    switch (check.kind) {
        case CheckKind::Choice: return ui.picked >= 0;
        case CheckKind::Output: return true;
        case CheckKind::Scheduler: {
            const lessons::SchedulerAnswer a =
                lessons::derive_answer(check, run_of(state, lesson, index));
            if (!a.ok) return false;
            if (!a.choices.empty())
                return ui.picked >= 0 && ui.picked < static_cast<int>(a.choices.size());
            return !ui.typed.empty();
        }
        case CheckKind::Challenge: return false;
    }
    return false;
}

bool submit(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    if (!can_submit(state, lesson, index)) return false;
    const Check& check = lesson.checks[index];
    CheckUi& ui = ui_of(state, lesson, index);
    CheckProgress& p = progress_of(state, lesson, index);
    switch (check.kind) {
        case CheckKind::Choice:
            record(state, p, ui, lessons::grade_choice(check, ui.picked),
                   std::to_string(ui.picked));
            break;
        case CheckKind::Output: {
            const lessons::ProgramRun& ref = run_of(state, lesson, index);
            if (check.mode == lessons::OutputMode::Order) {
                record(state, p, ui, lessons::grade_output_order(check, ref, ui.order.lines),
                       join_lines(ui.order.lines));
                ui.order.picked = -1;
            } else {
                record(state, p, ui, lessons::grade_output(check, ref, ui.typed), ui.typed);
            }
            break;
        }
        case CheckKind::Scheduler: {
            const lessons::ProgramRun& ref = run_of(state, lesson, index);
            const lessons::SchedulerAnswer a = lessons::derive_answer(check, ref);
            if (!a.choices.empty()) ui.typed = a.choices[static_cast<size_t>(ui.picked)];
            record(state, p, ui, lessons::grade_scheduler(check, ref, ui.typed), ui.typed);
            break;
        }
        case CheckKind::Challenge: return false;
    }
    return true;
}

void show_me(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    CheckProgress& p = progress_of(state, lesson, index);
    if (course::settled(p)) return;
    course::reveal_answer(p);
    ++state.progress.serial;
}

void pause_at_moment(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    const Check& check = lesson.checks[index];
    const lessons::SchedulerAnswer a = lessons::derive_answer(check, run_of(state, lesson, index));
    if (check.kind != CheckKind::Scheduler || !a.ok) return;
    state.request_moment = a.pause_event;
    state.request_moment_program = program_of(lesson, check);
    state.request_moment_fresh = true; // the timeline must not show what comes after
    ui_of(state, lesson, index).at_moment = true;
}

void next_step(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    const Check& check = lesson.checks[index];
    const lessons::SchedulerAnswer a = lessons::derive_answer(check, run_of(state, lesson, index));
    if (check.kind != CheckKind::Scheduler || !a.ok) return;
    if (!course::settled(progress_of(state, lesson, index))) return;
    state.request_moment = a.reveal_event;
    state.request_moment_program = program_of(lesson, check);
    state.request_moment_fresh = false;
}

void load_starter(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    const Check& check = lesson.checks[index];
    state.request_code = lesson.file(check.starter.empty() ? lesson.program : check.starter);
    state.status = "The starter code is in the editor. Undo brings your code back.";
}

void run_and_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    if (lesson.checks[index].kind != CheckKind::Challenge || state.challenge_check >= 0) return;
    state.challenge_check = static_cast<int>(index);
    state.challenge_started = false;
    state.request_run = true;
    ui_of(state, lesson, index).goal.reset();
}

void show_hint(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    CheckProgress& p = progress_of(state, lesson, index);
    if (p.hints >= static_cast<int>(lesson.checks[index].hints.size())) return;
    ++p.hints;
    ++state.progress.serial;
}

void load_solution(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    const Check& check = lesson.checks[index];
    if (check.solution.empty()) return;
    course::reveal_answer(progress_of(state, lesson, index));
    ++state.progress.serial;
    state.request_code = lesson.file(check.solution);
    state.status = "A solution is in the editor. Undo brings your code back.";
}

std::string verdict_words(LessonViewState& state, const lessons::Lesson& lesson, size_t index) {
    const Check& check = lesson.checks[index];
    const CheckUi& ui = ui_of(state, lesson, index);
    const CheckProgress& p = progress_of(state, lesson, index);
    const std::string hint = check.hint.empty() ? "" : " Hint: " + lessons::plain_text(check.hint);
    if (check.kind == CheckKind::Challenge) {
        if (ui.goal && ui.goal->met) {
            return p.state == AttemptState::Correct
                       ? "Challenge complete: every condition holds."
                       : "Challenge complete: every condition holds (with the solution shown).";
        }
        if (ui.goal) {
            int met = 0;
            for (const lessons::GoalItem& it : ui.goal->items) met += it.met ? 1 : 0;
            return "Not yet: " + std::to_string(met) + " of " +
                   std::to_string(ui.goal->items.size()) + " conditions hold." + hint;
        }
        return p.state == AttemptState::Correct ? "Challenge complete." : "";
    }
    // A choice's words are its option's feedback; the other kinds have a message of their own.
    std::string message;
    if (ui.graded && check.kind != CheckKind::Choice) {
        message = ui.grade.message;
    } else if (ui.graded && ui.picked >= 0 && ui.picked < static_cast<int>(check.options.size())) {
        message = lessons::plain_text(check.options[static_cast<size_t>(ui.picked)].feedback);
    }
    switch (p.state) {
        case AttemptState::Fresh: return "";
        case AttemptState::NotYet:
            return "Not yet." + (message.empty() ? "" : " " + message) + hint +
                   " Try again, or press Show me to see the answer.";
        case AttemptState::Correct: {
            if (message.rfind("Right: ", 0) == 0) message = message.substr(7);
            if (!message.empty()) message[0] = static_cast<char>(std::toupper(message[0]));
            return std::string(p.wrong ? "Correct, on the second try." : "Correct.") +
                   (message.empty() ? "" : " " + message);
        }
        case AttemptState::Revealed: {
            std::string answer;
            if (check.kind == CheckKind::Choice) {
                for (const lessons::ChoiceOption& o : check.options)
                    if (o.correct) answer = lessons::plain_text(o.text);
            } else if (check.kind == CheckKind::Output) {
                answer = "the real output is shown below.";
            } else {
                const lessons::ProgramRun& ref = run_of(state, lesson, index);
                const lessons::SchedulerAnswer a = lessons::derive_answer(check, ref);
                if (a.ok) answer = lessons::grade_scheduler(check, ref, a.text).answer;
            }
            return "The answer: " + answer;
        }
    }
    return "";
}

std::string target(const Check& check, const std::string& part) {
    return "check:" + check.id + ":" + part;
}

} // namespace loopscope::lesson_actions
