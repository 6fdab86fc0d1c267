// budget.cpp - what happens when a run's tick budget runs out (interp.h: Interp::ticks).
//
// Where the run can pause (the pausable frame, no native frame in between) it pauses. Where it
// cannot - Python code called from native code, or a native loop over an iterator - it gets
// another chunk of ticks and pauses once it is back where it can; the chunks are counted, and
// past Interp::max_overrun_ticks the run is stopped: the budget bounds the work at any native
// depth, so an endless loop in a __repr__ reached from print freezes nothing.
#include "lang/interp.h"
#include "lang/ops.h"

#include <string>

namespace loopscope {

namespace {

// Ticks a non-pausable stretch gets at a time: few enough that the pause comes soon after it
// ends, many enough that the slow path stays rare.
constexpr int64_t kOverrunChunk = 4096;

// "A.__repr__ (line 3)" for the innermost Python frame, or "the program".
std::string innermost_code(Interp& I) {
    Frame* f = I.frame;
    if (!f || !f->code) return "the program";
    std::string name = f->code->qualname ? f->code->qualname->s : std::string("<module>");
    return name + " (line " + std::to_string(f->line()) + ")";
}

std::string with_commas(int64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// Raise the (uncatchable) stop: a KeyboardInterrupt no handler sees (vm.cpp skips them all
// while I.stopping()).
TickOutcome raise_stop(Interp& I) {
    I.ticks = 0; // every later tick comes back here
    raise(I, I.t.KeyboardInterrupt, I.stop_message);
    return TickOutcome::Stop;
}

} // namespace

TickOutcome out_of_ticks(Interp& I, bool can_pause) {
    if (I.stopping()) return raise_stop(I);
    if (can_pause) return TickOutcome::Pause;
    if (I.max_overrun_ticks >= 0 && I.overrun_ticks >= I.max_overrun_ticks) {
        if (!I.budget_name.empty())
            I.stop_message = "Stopped: the tick budget (" + I.budget_name + ") ran out in " +
                             innermost_code(I) + ".";
        else
            I.stop_message = "Stopped: " + innermost_code(I) + " ran for " +
                             with_commas(I.max_overrun_ticks) +
                             " steps without returning. It was called from inside a built-in "
                             "operation (such as print, sorted, a constructor or an event-loop "
                             "callback), where the program cannot pause, so it was ended.";
        return raise_stop(I);
    }
    int64_t chunk = kOverrunChunk;
    if (I.max_overrun_ticks >= 0 && I.max_overrun_ticks - I.overrun_ticks < chunk)
        chunk = I.max_overrun_ticks - I.overrun_ticks;
    I.overrun_ticks += chunk;
    I.ticks = chunk - 1; // this tick is the chunk's first
    return TickOutcome::Continue;
}

} // namespace loopscope
