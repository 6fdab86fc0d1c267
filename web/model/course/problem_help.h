// problem_help.h - plain-language help for the problems learners meet most (the way futurecoder
// explains errors): a coroutine never awaited, time.sleep blocking the loop, a task's exception
// nobody retrieved, a deadlock, a loop that never awaits, a library the playground does not have,
// awaiting something that cannot be awaited. Found in the recorded events (trace/event.h), each
// with the moment and the program line it belongs to.
//
// Also the traceback as a learner wants it: the program's own frames, with the runtime's (the
// asyncio machinery between them) folded away and each frame's line number ready to click.
#pragma once

#include "session/snapshot.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::course {

enum class ProblemKind {
    NeverAwaited,      // RuntimeWarning: coroutine '...' was never awaited
    BlockingSleep,     // time.sleep() inside a coroutine
    LoopBlocked,       // a task ran on and on without awaiting
    NeverRetrieved,    // Task exception was never retrieved
    Deadlock,          // every task waits, no timer
    MissingModule,     // ModuleNotFoundError
    AwaitNotAwaitable, // TypeError: object ... can't be used in 'await' expression
};

struct Problem {
    ProblemKind kind = ProblemKind::Deadlock;
    std::string title;  // one line: "A coroutine was never awaited"
    std::string text;   // what it means and what to do, inline Markdown (`code`, **strong**)
    int32_t line = 0;   // the program's line it points at (0: none known)
    uint64_t event = 0; // the event that showed it (the console can go back there)
};

// The problems found so far in a growing recording. scan_problems() reads only the events
// recorded since the last call (a new, shorter recording starts the scan again); each kind of
// problem is explained once per line of the program.
struct ProblemScan {
    uint64_t scanned = 0;
    std::vector<Problem> problems; // in the order they happened
};
void scan_problems(const trace::TraceStore& recording, ProblemScan& scan);

// What to say about `import name` failing: which playground feature to use instead.
std::string missing_module_advice(std::string_view name);

// ---- tracebacks ---------------------------------------------------------------------------

struct TracebackRow {
    std::string text;    // the line as printed
    int32_t line = 0;    // a frame in the program: its line (click: go there); else 0
    bool frame = false;  // a `File "...", line N, in f` line
    bool source = false; // the source line shown under a frame
    bool own = true;     // the program's own (a frame in its file, its source line, the header
                         // and the exception); false: the runtime's machinery
};

struct Traceback {
    size_t begin = 0, end = 0; // its lines in the output: [begin, end)
    std::vector<TracebackRow> rows;
    int runtime_frames = 0; // frames that are not the program's (hidden by default)
};

// The traceback that ended the run, when the output (everything printed up to the snapshot)
// ends with one; frames in `program` (the file name the program runs as) are the learner's.
std::optional<Traceback> find_traceback(const std::vector<session::OutputLine>& output,
                                        std::string_view program);

} // namespace loopscope::course
