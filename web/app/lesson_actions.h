// lesson_actions.h - what the learner can do with a lesson's checks, as plain functions over
// the lesson view's state (lesson_view.h): the check's screen state (CheckUi) and its answers
// in the course progress (course::CheckProgress, with the retry rule of progress.h). The ImGui
// lesson view calls them from its widgets and the accessible page (a11y_lesson.cpp) from its
// form controls, so a check answered with a screen reader is graded, counted and saved exactly
// as one answered with the mouse.
#pragma once

#include "lesson_view.h"
#include "lessons/lesson.h"

#include <cstddef>
#include <string>
#include <vector>

namespace loopscope::lesson_actions {

// The view state made ready for `lesson` (one CheckUi per check; everything reset when the
// lesson changed). Both views call it before they show the lesson.
void prepare(LessonViewState& state, const lessons::Lesson& lesson);

// The program a check asks about (the lesson's or the check's own) and its recorded run.
const std::string& program_of(const lessons::Lesson& lesson, const lessons::Check& check);
const lessons::ProgramRun& run_of(LessonViewState& state, const lessons::Lesson& lesson,
                                  size_t index);

// Check `index`'s progress (created when missing) and its screen state, with an answer kept in
// the progress (a reload, another lesson and back) shown again: picked, typed or ordered, and
// graded. Every action below goes through it.
course::CheckProgress& progress_of(LessonViewState& state, const lessons::Lesson& lesson,
                                   size_t index);
CheckUi& ui_of(LessonViewState& state, const lessons::Lesson& lesson, size_t index);

// Multiple choice, or a scheduler question with choices: select option `option` (only while
// the check can still be answered).
void pick(LessonViewState& state, const lessons::Lesson& lesson, size_t index, int option);
// Predict the output (type mode) and scheduler questions asking for a number: the text typed.
void set_typed(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
               std::string text);
// Predict the output (order mode): the learner's arrangement (the program's lines the first
// time), and moving line `line` one place up (delta -1) or down (+1).
const std::vector<std::string>& order(LessonViewState& state, const lessons::Lesson& lesson,
                                      size_t index);
void move_line(LessonViewState& state, const lessons::Lesson& lesson, size_t index, size_t line,
               int delta);

// Whether Check can be pressed now (an option picked, a number typed; never once settled).
bool can_submit(LessonViewState& state, const lessons::Lesson& lesson, size_t index);
// Check pressed: grades the current answer (any kind but challenges, graded on their own run)
// and records it in the progress (the retry rule). False when there was nothing to grade.
bool submit(LessonViewState& state, const lessons::Lesson& lesson, size_t index);
// "Show me": the answer is shown (the check then counts as shown).
void show_me(LessonViewState& state, const lessons::Lesson& lesson, size_t index);

// Scheduler questions, the stepper: run the question's program to the moment it asks about,
// and (once answered) on to the moment that answers it.
void pause_at_moment(LessonViewState& state, const lessons::Lesson& lesson, size_t index);
void next_step(LessonViewState& state, const lessons::Lesson& lesson, size_t index);

// Challenges: put the starter code in the editor, run the editor's code and check the goal on
// that run, show the next hint, put a solution in the editor (the challenge then counts as
// shown). The code replacements are one undoable step each.
void load_starter(LessonViewState& state, const lessons::Lesson& lesson, size_t index);
void run_and_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index);
void show_hint(LessonViewState& state, const lessons::Lesson& lesson, size_t index);
void load_solution(LessonViewState& state, const lessons::Lesson& lesson, size_t index);

// The verdict in words, as a screen reader says it ("" before any answer): "Not yet." with the
// grade and the hint, "Correct.", "The answer: ...", or a challenge's result.
std::string verdict_words(LessonViewState& state, const lessons::Lesson& lesson, size_t index);

// The name a check's widget is published under (test_hooks.h), "check:<check id>:<part>"
// (option:<n>, submit, show-me, input, line:<n>, moment, reveal, starter, run, hint, solution,
// verdict): the browser tests click it and the accessible page draws its focus ring round it.
std::string target(const lessons::Check& check, const std::string& part);

} // namespace loopscope::lesson_actions
