// program_run.h - what one run of a program did, read from its recording: the single source of
// every grade (checks.h).
//
// A run is a playground session's recording (session/recording.h, events of trace/event.h):
// the same recording the learner steps through. Nothing here re-runs a program or parses text
// back: printed lines and their times, errors, warnings, a deadlock, the end time and the
// scheduler's moves are all read from the events, and each keeps the index of the event it
// came from, so the UI can show that very moment (Session::seek).
//
//   ProgramRun run = run_program(source);              // a fresh session, run to its end
//   ProgramRun mine = program_run_from(session.recording().store());   // the UI's own run
#pragma once

#include "lang/syntax_error.h"
#include "session/session.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lessons {

inline constexpr uint64_t kNoEvent = UINT64_MAX;

// One line the program printed to stdout.
struct OutputLine {
    double time = 0.0;         // the virtual clock when the line started (the transcript's stamp)
    std::string text;          // without the newline
    uint64_t event = kNoEvent; // the Output event that completed it
};

// Who ran when (TaskCreated / TaskStep / TaskSuspended / TaskFinished...): what scheduler
// questions about tasks are answered from.
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
    uint64_t event = kNoEvent; // its index in the recording
};

struct TraceFacts {
    // task id -> how questions and answers name it: its name when it was given one
    // ("worker-1"), else its coroutine and default name ("main (Task-1)")
    std::map<int32_t, std::string> labels;
    std::map<int32_t, std::string> names; // task id -> name ("Task-1") ...
    std::map<int32_t, std::string> coros; // ... and coroutine qualname ("main")
    std::vector<TaskSwitch> switches;     // in trace order
};

// The clock moved: from `event` on (until the next step), events happen at `time`.
struct ClockStep {
    uint64_t event = 0;
    double time = 0.0;
};

struct ProgramRun {
    std::vector<OutputLine> output;    // stdout lines, in order
    std::vector<std::string> errors;   // "!error ExcType: message", "!deadlock", in order
    std::vector<std::string> warnings; // "!warning Category: message" (first line of each)
    std::optional<double> end_time;    // the virtual clock when the program ended
    bool finished = false;             // it ran to its end (with or without an error)
    bool stopped = false;              // it was stopped before its end (Stop, a tick limit)
    TraceFacts trace;                  // the scheduler's moves
    std::vector<ClockStep> clock;      // every change of the clock, in order (first: event 0)
    uint64_t events = 0;               // events in the recording it was read from
    uint64_t deadlock_event = kNoEvent;
    uint64_t error_event = kNoEvent; // the ScriptFinished event of an uncaught exception
};

// The index of the first event at which the clock reads `t` or more (kNoEvent: never).
uint64_t first_event_at(const ProgramRun& run, double t);

// The run a recording holds (any prefix of one: a run still going is not `finished`). Reads
// every event once; the store is not kept.
ProgramRun program_run_from(const trace::TraceStore& recording);
// The run of a program that did not compile: its error line, as the transcript shows it.
ProgramRun program_run_from(const SyntaxErrorInfo& error, std::string_view filename);

// Loads `source` in a fresh session (with `options`, the playground's by default, so event
// indices match the learner's own session of the same program), runs it to its end and reads
// the run from its recording. A program still running after `max_ticks` interpreter ticks is
// stopped (`stopped`). Blocks: for shipped lesson programs and tests.
ProgramRun run_program(std::string_view source, std::string_view filename = "main.py",
                       const session::Options& options = {}, int64_t max_ticks = 200000000);

// The transcript text of a run ("[T] line" and "!" lines, SEMANTICS.md), as the CLI prints it:
// stdout lines, then warnings, then errors.
std::string format_transcript(const ProgramRun& run);

} // namespace loopscope::lessons
