// live_run.h - a script executing in bounded slices, reporting everything it does to a sink.
//
//   RecordingSink sink;                 // any trace::TraceSink
//   LiveRun run(sink, {});
//   SyntaxErrorInfo err;
//   if (!run.load(source, "main.py", &err)) show(err);
//   while (!run.finished()) { run.advance(20000); draw_frame(); }
//
// The event loop of asyncio.run() is driven one handle at a time from advance(), never from
// a C++ loop nested inside the script, so a slice can end anywhere: in module code, inside a
// task's step, between two callbacks. A step that runs more than `blocking_ticks` without
// awaiting is reported once as LoopBlocked and keeps running (a learner's `while True:` can
// then be ended with stop()).
#pragma once

#include "lang/interp.h"
#include "lang/syntax_error.h"
#include "trace/sink.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace loopscope {

// The line that names an uncaught exception, as traceback.format_exception_only's first line
// ("ValueError: bad", "asyncio.exceptions.CancelledError"): the transcript's !error line and the
// snapshot's uncaught error.
std::string exception_line(Interp& I, Value exc);

class LiveRun {
public:
    struct Options {
        int64_t blocking_ticks = 200000; // ticks of one task step before LoopBlocked
        int64_t recursion_limit = 1000;
        int64_t max_overrun_ticks = 20000000; // Interp::max_overrun_ticks (-1 = no limit)
    };
    LiveRun(trace::TraceSink& sink, Options options);
    ~LiveRun();
    LiveRun(const LiveRun&) = delete;
    LiveRun& operator=(const LiveRun&) = delete;

    // Compile `source`; false (and *error filled) on a SyntaxError / IndentationError.
    // Emits ScriptStarted on success. Call once.
    bool load(std::string_view source, std::string_view filename, SyntaxErrorInfo* error);
    // Execute at most `ticks` ticks (loop iterations and calls). Returns early when the sink
    // sets pause_requested (it is cleared here) or when the script ends (ScriptFinished).
    void advance(int64_t ticks);
    // End the script now (ScriptFinished with text "stopped"); later advance() does nothing.
    void stop();
    bool finished() const;
    int exit_status() const; // 0, or 1 after an uncaught exception / stop

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace loopscope
