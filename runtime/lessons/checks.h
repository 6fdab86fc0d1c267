// checks.h - grading a lesson's knowledge checks (lesson.h) against what a program really did.
//
// Nothing here holds an expected answer written by a person: predict-the-output and
// predict-the-scheduler answers are derived from a ProgramRun of the program (program_run.h:
// read from a session's recording), challenge goals are evaluated on the ProgramRun of the
// learner's own run.
//
//   ProgramRun ref = run_program(lesson.program_source());      // or the UI session's recording
//   Grade g = grade_output(check, ref, typed_text);
//   SchedulerAnswer a = derive_answer(check, ref);             // "2.000", "C: done", ...
//   GoalResult goal = evaluate_goal(check.goal, learner_run);
#pragma once

#include "lessons/lesson.h"
#include "lessons/program_run.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lessons {

// ---- grades ---------------------------------------------------------------------------------

// What is wrong with a predicted output, at its first wrong line.
enum class OutputMiss {
    None,  // nothing: the answer is right
    Text,  // the line's text is not what was printed (its time, if asked, is right)
    Time,  // the text is right, its time stamp is not (or is missing)
    Both,  // neither
    Count, // every line given is right, but there are too few or too many
};

struct Grade {
    bool correct = false;
    std::string message; // plain words for the learner: why it is right or what differs
    // Output checks: the 0-based line where the answer first differs (-1: none / n.a.)
    int first_wrong_line = -1;
    OutputMiss miss = OutputMiss::None; // output checks: what is wrong at first_wrong_line
    // The right answer in words ("The clock reads 2.000 when ..."), for when the learner is
    // shown it; `message` never gives it away when the answer is wrong (see Attempt). Empty
    // for output checks: the view shows the real lines (expected_output_lines).
    std::string answer;
};

// Multiple choice: `picked` is the option index. The message is the option's own feedback;
// the answer names the right option.
Grade grade_choice(const Check& check, int picked);

// Predict the output. The lines a learner must produce: the program's stdout lines, with
// their "[T] " stamps when check.with_times.
std::vector<std::string> expected_output_lines(const Check& check, const ProgramRun& reference);
// Type mode: `typed` holds one line per line; trailing spaces and blank lines are ignored, and
// when with_times is off a typed "[T] " stamp is ignored too.
Grade grade_output(const Check& check, const ProgramRun& reference, std::string_view typed);
// Order mode: the learner arranges the lines of order_pool() into `ordered`.
std::vector<std::string> order_pool(const Check& check, const ProgramRun& reference);
Grade grade_output_order(const Check& check, const ProgramRun& reference,
                         const std::vector<std::string>& ordered);

// Predict the scheduler. The answer is computed from the run each time, never stored.
struct SchedulerAnswer {
    bool ok = false; // false: the question does not fit this run (`error` says why)
    std::string error;
    bool is_number = false;
    double number = 0.0; // Clock
    std::string text;    // NextOutput / FirstOf: the line; Clock: "%.3f"
    // What the UI offers: NextOutput, the lines printed after the point (distinct, sorted;
    // when fewer than 3 are left, the latest lines already printed too); FirstOf, the
    // candidates; NextTask, the tasks. Empty (Clock): the answer is typed.
    std::vector<std::string> choices;
    // The stepper (indices into the recording the run was read from): the moment the question
    // is about, with the answer not yet visible, and the moment that shows the answer.
    uint64_t pause_event = kNoEvent;
    uint64_t reveal_event = kNoEvent;
};
SchedulerAnswer derive_answer(const Check& check, const ProgramRun& reference);
// `answer`: a number for Clock ("2", "2.0", "t=2.000"), else the chosen line or task. A wrong
// answer's message says which way it is off ("less than that", "printed, but not next")
// without the answer itself.
Grade grade_scheduler(const Check& check, const ProgramRun& reference, std::string_view answer);

// Challenge: every condition of the goal, with whether the run meets it.
struct GoalItem {
    std::string what; // "finishes before t=2.100"
    bool met = false;
    std::string detail; // "ended at t=4.000"
};
struct GoalResult {
    std::vector<GoalItem> items;
    bool met = false; // all items met
};
GoalResult evaluate_goal(const Goal& goal, const ProgramRun& run);
// The conditions in words, without a run (for showing the goal before the first attempt).
std::vector<std::string> describe_goal(const Goal& goal);

// Everything that can go wrong when a lesson's checks meet its own programs: a scheduler
// question that does not fit the program's output or offers fewer than 3 choices, an output
// check on a program that prints nothing, a challenge whose starter already meets the goal or
// whose solution does not. Runs the programs (blocking). Empty: every check is gradable.
std::vector<std::string> verify_lesson_checks(const Lesson& lesson);

} // namespace loopscope::lessons
