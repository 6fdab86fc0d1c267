// checks.h - grading a lesson's knowledge checks (lesson.h) against what a program really did.
//
// Nothing here holds an expected answer written by a person: predict-the-output and
// predict-the-scheduler answers are derived from a ProgramRun of the program, challenge goals
// are evaluated on the ProgramRun of the learner's code.
//
//   ProgramRun ref = run_program(lesson.program_source());      // blocking: shipped programs
//   Grade g = grade_output(check, ref, typed_text);
//   SchedulerAnswer a = derive_answer(check, ref);             // "2.000", "C: done", ...
//   GoalResult goal = evaluate_goal(check.goal, learner_run);  // learner_run: from the UI's
//                                                              // session (program_run_from)
#pragma once

#include "lessons/lesson.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::session {
struct Snapshot;
}
namespace loopscope::trace {
struct TraceEvent;
}

namespace loopscope::lessons {

// ---- what a run did -------------------------------------------------------------------------

struct OutputLine {
    double time = 0.0; // the virtual clock when the line started
    std::string text;  // without the newline
};

// Who ran when, from the trace (runtime/trace/event.h): what scheduler questions about tasks
// are answered from.
struct TaskSwitch {
    enum class Kind {
        Created, // TaskCreated
        Step,    // TaskStep
        Suspend, // TaskSuspended
        Finish,  // TaskFinished / TaskFailed / TaskCancelled
    };
    Kind kind = Kind::Step;
    int32_t task = 0;
    double time = 0.0;
};
struct TraceFacts {
    // task id -> how questions and answers name it: its name when it was given one
    // ("worker-1"), else its coroutine and default name ("main (Task-1)")
    std::map<int32_t, std::string> labels;
    std::map<int32_t, std::string> names; // task id -> name ("Task-1") ...
    std::map<int32_t, std::string> coros; // ... and coroutine qualname ("main")
    std::vector<TaskSwitch> switches;     // in trace order
};
// The facts of a recorded trace (pure: no interpreter involved).
TraceFacts trace_facts(const std::vector<trace::TraceEvent>& events);

struct ProgramRun {
    std::vector<OutputLine> output;    // stdout lines, in order
    std::vector<std::string> errors;   // "!error ExcType: message", "!deadlock", in order
    std::vector<std::string> warnings; // "!warning ..." lines
    std::optional<double> end_time;    // the virtual clock when the program ended, if known
    bool finished = true;              // false: it was stopped before its end
    std::optional<TraceFacts> trace;   // when the run was traced: needed by task questions
};

// A transcript (SEMANTICS.md "The transcript") as data. `end_time` stays empty: a transcript
// does not say when the program ended.
ProgramRun parse_transcript(std::string_view transcript);

// Runs a program to its end with the runtime (asyncio/transcript.h) and returns what it did,
// including the clock at its end. Blocks until the program ends: use it for shipped lesson
// programs and in tests; the UI builds learner runs from its session instead.
// With `traced`, the program also runs once in a playground session (session/session.h) and
// the result carries its TraceFacts, for questions about tasks.
ProgramRun run_program(std::string_view source, std::string_view filename = "main.py",
                       bool traced = false);

// The TraceFacts of a program run to its end in a session (checks_session.cpp); empty when it
// does not compile. Stopped after `max_ticks` interpreter ticks (a program that never ends).
std::optional<TraceFacts> trace_program(std::string_view source, std::string_view filename,
                                        int64_t max_ticks = 200000000);

// The transcript text of a result ("[T] line" and "!" lines), as the CLI prints it.
std::string format_transcript(const ProgramRun& run);

// A ProgramRun from the playground session's snapshot at the end of a run (output lines,
// clock, error, deadlock). Defined in checks_session.cpp.
ProgramRun program_run_from(const session::Snapshot& snapshot);

// ---- grades ---------------------------------------------------------------------------------

struct Grade {
    bool correct = false;
    std::string message; // plain words for the learner: why it is right or what differs
    // Output checks: the 0-based line where the answer first differs (-1: none / n.a.)
    int first_wrong_line = -1;
};

// Multiple choice: `picked` is the option index. The message is the option's own feedback.
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
    // What the UI offers: NextOutput, the lines printed after the point (distinct, sorted);
    // FirstOf, the candidates. Empty (Clock): the answer is typed.
    std::vector<std::string> choices;
};
SchedulerAnswer derive_answer(const Check& check, const ProgramRun& reference);
// `answer`: a number for Clock ("2", "2.0", "t=2.000"), else the chosen line.
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
// question that does not fit the program's output, an output check on a program that prints
// nothing, a challenge whose starter already meets the goal or whose solution does not. Runs
// the programs (blocking). Empty: every check is gradable.
std::vector<std::string> verify_lesson_checks(const Lesson& lesson);

} // namespace loopscope::lessons
