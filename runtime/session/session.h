// session.h - one learner's run of one program: load, run, pause, step forwards and backwards,
// seek, inspect. The UI, the CLI (`loopscope trace`) and the tests all go through this.
//
//   Session s;
//   if (!s.load(source)) show(*s.compile_error());
//   s.run();                                     // or step_event(), step_line(), ...
//   every frame: s.tick(20000); draw(s.snapshot());
//
// Commands start a motion of the cursor; tick(budget) makes progress on it, executing at most
// `budget` interpreter ticks, so the caller never freezes. Going back (step_back_*, seek) never
// re-executes: the session records the trace as the run goes forward (LiveRun) and rebuilds
// the Snapshot of any past event from the recorded events (checkpoints + replay of events).
#pragma once

#include "lang/syntax_error.h"
#include "session/recording.h"
#include "session/snapshot.h"
#include "trace/event.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::session {

struct Options {
    int64_t blocking_ticks = 200000; // a step longer than this is "blocking the event loop"
    // Python code called from native code (a __repr__ reached from print, __init__, a sort key,
    // a callback) cannot pause: past this many ticks beyond a slice it is stopped (lang/
    // budget.cpp), so an endless loop there never freezes the page (about 1-2 s in wasm).
    int64_t max_overrun_ticks = 20000000;
    bool lines = true;  // record Line events (step line / breakpoints)
    bool stacks = true; // record stacks and locals at each suspension
    // Snapshot checkpoint interval: seek / step back replay at most this many events.
    uint32_t checkpoint_every = 256;
    // Safety net for runaway programs: at this many events the program is stopped (a
    // Warning says so). Line events of a task reported as blocking the loop are not recorded
    // until it awaits, so a `while True:` learners stop by hand stays small.
    uint64_t max_events = 2000000;
    // The process's memory budget in bytes (core/memory.h), the recording included: past it the
    // program gets a MemoryError. 0: memory::default_budget() (in the page half of what the
    // browser lets the wasm heap grow to).
    size_t max_memory = 0;
};

enum class Motion : uint8_t {
    None,
    Run,
    StepEvent,
    StepLine,
    StepOver,
    RunToLine,
    RunToTime,
    RunToEvent,
};

class Session {
public:
    explicit Session(Options options = {});
    ~Session();
    Session(Session&&) noexcept;
    Session& operator=(Session&&) noexcept;

    // Load a program (resets everything). false: compile_error() says why, as data.
    bool load(std::string_view source, std::string_view filename = "main.py");
    const std::optional<SyntaxErrorInfo>& compile_error() const;
    const std::string& source() const;

    // ---- going forwards (motions, carried out by tick) ----
    void run();        // until the end (or a breakpoint, or pause())
    void pause();      // drop the motion
    void step_event(); // one trace event forward
    void step_line();  // to the next Line event, whichever task runs it ("step into")
    // To the next line of the current task at the same or a shallower depth: over calls and
    // over awaits (other tasks run meanwhile); also stops when that task ends.
    void step_over();
    void run_to_line(int32_t line); // (breakpoints stop it too)
    // To the first event at virtual time >= t; a time already passed moves the cursor back.
    void run_to_time(double t);
    // To event `index` (ignoring breakpoints): a lesson's question is asked at that moment. An
    // event already recorded is reached at once (backwards too); the program's end stops it.
    void run_to_event(uint64_t index);
    void stop(); // end the program now (an infinite loop); the session stays usable
    // Make progress on the motion; at most `budget` interpreter ticks. true if the cursor moved.
    bool tick(int64_t budget);
    Motion motion() const;

    // ---- going backwards (instant, from the recording) ----
    void step_back_event();
    void step_back_line();           // to the previous Line event (any task)
    void seek(uint64_t event_index); // clamps to the recorded range
    void reset();                    // cursor to the start (the recording is kept)

    std::set<int32_t>& breakpoints();

    // ---- looking ----
    const Snapshot& snapshot();    // at the cursor
    uint64_t cursor() const;       // index of the current event
    uint64_t recorded() const;     // events recorded so far
    bool program_finished() const; // the live run has ended
    // Event i, decoded from the compact recording (less of it is much cheaper: see
    // TraceStore::Decode). The reference is to a buffer the next call overwrites; an empty
    // event when nothing was recorded.
    const trace::TraceEvent&
    event(uint64_t i, trace::TraceStore::Decode decode = trace::TraceStore::Decode::Full) const;
    trace::EventKind event_kind(uint64_t i) const; // ScriptStarted when nothing was recorded

    // ---- more ----
    const Options& options() const;
    int exit_status() const; // 0, or 1 after an uncaught exception / stop / compile error
    const Recording& recording() const; // events, models, checkpoints
    size_t memory_bytes() const;        // bytes held by the recording
    const std::string& filename() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace loopscope::session
