// clock.h - the one virtual clock of a run (SEMANTICS.md, "The virtual clock").
//
// Shared by the time module (time.time, time.sleep) and the event loop (runtime/asyncio: it
// sets the clock to the next deadline and runs virtual threads), which is why it lives below
// both: stdlib does not depend on asyncio.
#pragma once

#include "lang/interp.h"

#include <functional>
#include <vector>

namespace loopscope {

struct VirtualClock {
    // The clock in seconds: starts at 0.0, never goes back (rules 1, 2).
    double time = 0.0;
    // A virtual thread (to_thread / run_in_executor, rule 6): it started at `start` and has
    // spent `elapsed` seconds in time.sleep, without moving the clock.
    struct Thread {
        double start;
        double elapsed;
    };
    std::vector<Thread> threads; // running right now, innermost last
    // Called when time.sleep(seconds) blocks everything (outside a thread), before the clock
    // moves: the trace reports it (asyncio/trace_emit.cpp installs it with the sink).
    std::function<void(double seconds)> on_blocking_sleep;

    // "Now" for the code running at this moment: inside a virtual thread, its own time.
    double now() const {
        return threads.empty() ? time : threads.back().start + threads.back().elapsed;
    }
};

// The clock of `I` (created on first use; kept for the interpreter's lifetime).
VirtualClock& virtual_clock(Interp& I);
// virtual_clock(I).now(): transcript stamps, time.time(), trace events.
double virtual_now(Interp& I);

} // namespace loopscope
