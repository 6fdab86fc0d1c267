// sink.h - where the runtime sends trace events (event.h).
//
// A run with no sink installed (the CLI's `run`, the benchmarks) pays one pointer test per
// would-be event. The session's LiveRun installs one (asyncio/trace_emit.h: set_trace_sink).
#pragma once

#include "trace/event.h"

namespace loopscope::trace {

struct TraceSink {
    virtual ~TraceSink() = default;
    // One event; `e.seq` and `e.time` are already filled by the runtime.
    virtual void emit(TraceEvent&& e) = 0;
    // Line tracing: `task` (0 = module code) is about to run `line` of main.py with `depth`
    // frames of its own code on its stack (1 = its outermost function). Only called when
    // `want_lines` is true; kept apart from emit() because it is by far the most frequent.
    virtual void line(uint64_t seq, double time, int32_t task, int32_t line, int32_t depth) = 0;

    bool want_lines = false; // call line() for every new source line executed in main.py
    bool want_stacks = true; // fill TaskSuspended::stack (frames and locals)
    // Set by the sink (e.g. from emit) to make the live run return to its caller at the next
    // safe point: the session's "step one event" goal was reached.
    bool pause_requested = false;
};

} // namespace loopscope::trace
