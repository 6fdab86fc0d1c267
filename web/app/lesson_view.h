// lesson_view.h - Dear ImGui rendering of a parsed lesson (runtime/lessons/lesson.h): title,
// wrapped prose (headings, lists, emphasis, inline code, code blocks) and the knowledge-check
// widgets. Free functions over plain structs: the view owns no run and no session.
//
// Per frame, inside any window or child that should show the lesson:
//
//   static LessonViewState view;                       // one per shown lesson
//   view.learner_run = my_last_finished_run;           // optional, for challenges (see below)
//   draw_lesson(view, lesson, fonts);
//   if (!view.request_load_code.empty()) { editor.set(view.request_load_code);
//                                          view.request_load_code.clear(); }
//   if (view.request_run) { start_run(); view.request_run = false; }
//
// Predict-the-output and scheduler questions are graded against the lesson's own programs:
// the view records each one once in a session with lessons::run_program (shipped programs end
// in milliseconds) and keeps the result in the state. Challenges are graded on the learner's
// code, which the app runs in its session: give the view the run read from that session's
// recording as `learner_run` (lessons::program_run_from(recording) at the end of a run).
#pragma once

#include "fonts.h"
#include "lessons/checks.h"
#include "lessons/lesson.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loopscope {

// What the learner did with one check.
struct CheckViewState {
    int picked = -1;                // choice / scheduler choice: the selected option
    std::vector<bool> tried;        // choice: options already checked (their feedback shows)
    bool answered = false;          // Check pressed at least once
    lessons::Grade grade;           // the last grade
    std::string typed;              // output (type mode) / scheduler number answer
    std::vector<std::string> order; // output (order mode): the learner's arrangement
    bool show_expected = false;     // output: the real transcript is shown
    int hints_shown = 0;            // challenge
    std::optional<lessons::GoalResult> goal; // challenge: on the last learner_run checked
    uint64_t goal_run_serial = 0;            // learner_run_serial the goal was evaluated on
};

struct LessonViewState {
    std::string lesson_id;              // the lesson the states below belong to
    std::vector<CheckViewState> checks; // one per lesson check (reset when the lesson changes)
    std::map<std::string, lessons::ProgramRun> reference_runs; // program file -> its run

    // In: the learner's latest finished run (challenges are checked on it). Bump the serial
    // whenever it changes so the view re-evaluates the goal.
    std::optional<lessons::ProgramRun> learner_run;
    uint64_t learner_run_serial = 0;

    // Out: requests for the app, which clears them once carried out.
    std::string request_load_code; // put this code in the editor (challenge starter / solution)
    bool request_run = false;      // run the editor's code (challenge "Run and check")
};

// The whole lesson: title, summary, prose, then every check.
void draw_lesson(LessonViewState& state, const lessons::Lesson& lesson,
                 const fonts::FontSet& fonts);

// One check of the lesson on its own (an embedded playground showing a single check, embed.h).
void draw_lesson_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                       const fonts::FontSet& fonts);

// The run of the program a check asks about (the lesson's program or the check's own),
// made once and kept in `state`.
const lessons::ProgramRun& lesson_reference_run(LessonViewState& state,
                                                const lessons::Lesson& lesson,
                                                const lessons::Check& check);

// Building blocks, usable on their own (e.g. a check's explanation in a popup).
void draw_markdown(const lessons::Document& doc, const fonts::FontSet& fonts);
// One paragraph of inline spans, wrapped to the available width, in `base` (strong spans in
// fonts.strong, code spans in fonts.code); color 0 = the theme's text color.
void draw_inline_wrapped(const lessons::Inline& spans, const fonts::FontSet& fonts, ImFont* base,
                         unsigned color = 0);

} // namespace loopscope
