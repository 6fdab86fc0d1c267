// lesson_actions.h - what the learner can do with a lesson's checks, as plain functions over
// the lesson view's state (lesson_view.h). The ImGui lesson view calls them from its buttons
// and the accessible page (a11y_bridge.cpp) from its form controls, so a check answered with a
// screen reader is graded exactly as one answered with the mouse.
#pragma once

#include "lesson_view.h"
#include "lessons/lesson.h"

#include <cstddef>
#include <string>

namespace loopscope::lesson_actions {

// The view state made ready for `lesson` (one CheckViewState per check; everything reset when
// the lesson changed). The lesson view calls it each frame it draws the lesson.
void prepare(LessonViewState& state, const lessons::Lesson& lesson);

// Multiple choice, or a scheduler question with choices: select option `option`.
void pick(CheckViewState& cs, int option);

// Check pressed: grades the current answer of any kind but challenges (which are graded on
// the learner's run). Returns false when there is nothing to grade yet (no option picked).
bool submit(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
            const lessons::Check& check);

// Predict the output (type mode) and scheduler questions asking for a number: the text typed.
void set_typed(CheckViewState& cs, std::string text);

// Predict the output (order mode): the learner's arrangement (filled from the real output's
// lines the first time), and moving line `line` one place up (delta -1) or down (+1).
const std::vector<std::string>& order(LessonViewState& state, CheckViewState& cs,
                                      const lessons::Lesson& lesson, const lessons::Check& check);
void move_line(CheckViewState& cs, size_t line, int delta);

// Challenges: put the starter code or a solution in the editor, run the learner's code and
// check it, show the next hint.
void load_starter(LessonViewState& state, const lessons::Lesson& lesson,
                  const lessons::Check& check);
void load_solution(LessonViewState& state, const lessons::Lesson& lesson,
                   const lessons::Check& check);
void run_and_check(LessonViewState& state);
void show_hint(CheckViewState& cs, const lessons::Check& check);
// A challenge's goal evaluated on the learner's latest finished run, when there is a new one.
void update_goal(const LessonViewState& state, CheckViewState& cs, const lessons::Check& check);

// The name a check's widget is published under (test_hooks.h), "lesson:<check id>:<what>":
// the browser test clicks it and the accessible page draws its focus ring around it.
std::string target(const lessons::Check& check, const char* what, int index = -1);

} // namespace loopscope::lesson_actions
