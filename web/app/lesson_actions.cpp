// lesson_actions.cpp - see lesson_actions.h.
#include "lesson_actions.h"

#include "lessons/checks.h"

#include <utility>

namespace loopscope::lesson_actions {

void prepare(LessonViewState& state, const lessons::Lesson& lesson) {
    if (state.lesson_id != lesson.id || state.checks.size() != lesson.checks.size()) {
        state.lesson_id = lesson.id;
        state.checks.assign(lesson.checks.size(), CheckViewState{});
        state.reference_runs.clear();
    }
}

void pick(CheckViewState& cs, int option) {
    cs.picked = option;
}

bool submit(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
            const lessons::Check& check) {
    switch (check.kind) {
        case lessons::CheckKind::Choice:
            if (cs.picked < 0 || cs.picked >= static_cast<int>(check.options.size())) return false;
            cs.tried.resize(check.options.size(), false);
            cs.grade = lessons::grade_choice(check, cs.picked);
            cs.tried[static_cast<size_t>(cs.picked)] = true;
            break;
        case lessons::CheckKind::Output: {
            const lessons::ProgramRun& ref = lesson_reference_run(state, lesson, check);
            if (check.mode == lessons::OutputMode::Type) {
                cs.grade = lessons::grade_output(check, ref, cs.typed);
            } else {
                cs.grade = lessons::grade_output_order(check, ref, order(state, cs, lesson, check));
            }
            break;
        }
        case lessons::CheckKind::Scheduler: {
            const lessons::ProgramRun& ref = lesson_reference_run(state, lesson, check);
            const lessons::SchedulerAnswer a = lessons::derive_answer(check, ref);
            if (!a.ok) return false;
            if (!a.choices.empty()) {
                if (cs.picked < 0 || cs.picked >= static_cast<int>(a.choices.size())) return false;
                cs.typed = a.choices[static_cast<size_t>(cs.picked)];
            }
            cs.grade = lessons::grade_scheduler(check, ref, cs.typed);
            break;
        }
        case lessons::CheckKind::Challenge: return false;
    }
    cs.answered = true;
    return true;
}

void set_typed(CheckViewState& cs, std::string text) {
    cs.typed = std::move(text);
}

const std::vector<std::string>& order(LessonViewState& state, CheckViewState& cs,
                                      const lessons::Lesson& lesson, const lessons::Check& check) {
    if (cs.order.empty()) {
        cs.order = lessons::order_pool(check, lesson_reference_run(state, lesson, check));
    }
    return cs.order;
}

void move_line(CheckViewState& cs, size_t line, int delta) {
    if (line >= cs.order.size()) return;
    if (delta < 0 && line > 0) std::swap(cs.order[line], cs.order[line - 1]);
    if (delta > 0 && line + 1 < cs.order.size()) std::swap(cs.order[line], cs.order[line + 1]);
}

void load_starter(LessonViewState& state, const lessons::Lesson& lesson,
                  const lessons::Check& check) {
    state.request_load_code = lesson.file(check.starter.empty() ? lesson.program : check.starter);
}

void load_solution(LessonViewState& state, const lessons::Lesson& lesson,
                   const lessons::Check& check) {
    if (!check.solution.empty()) state.request_load_code = lesson.file(check.solution);
}

void run_and_check(LessonViewState& state) {
    state.request_run = true;
}

void show_hint(CheckViewState& cs, const lessons::Check& check) {
    if (cs.hints_shown < static_cast<int>(check.hints.size())) ++cs.hints_shown;
}

void update_goal(const LessonViewState& state, CheckViewState& cs, const lessons::Check& check) {
    if (state.learner_run && (!cs.goal || cs.goal_run_serial != state.learner_run_serial)) {
        cs.goal = lessons::evaluate_goal(check.goal, *state.learner_run);
        cs.goal_run_serial = state.learner_run_serial;
    }
}

std::string target(const lessons::Check& check, const char* what, int index) {
    std::string t = "lesson:" + check.id + ":" + what;
    if (index >= 0) t += ":" + std::to_string(index);
    return t;
}

} // namespace loopscope::lesson_actions
