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

TickOutcome out_of_ticks(Interp& I, bool can_pause, bool in_builtin) {
    if (I.stopping()) return raise_stop(I);
    if (can_pause) return TickOutcome::Pause;
    if (I.max_overrun_ticks >= 0 && I.overrun_ticks >= I.max_overrun_ticks) {
        if (!I.budget_name.empty())
            I.stop_message = "Stopped: the tick budget (" + I.budget_name + ") ran out in " +
                             innermost_code(I) + ".";
        else if (in_builtin)
            I.stop_message = "Stopped: a built-in operation called from " + innermost_code(I) +
                             " ran for " + with_commas(I.max_overrun_ticks) +
                             " steps without returning (it had a huge or endless amount of "
                             "data to work through), so it was ended.";
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

bool native_work_slow(Interp& I, int64_t n) {
    if (I.stopping()) return out_of_ticks(I, false, true) == TickOutcome::Continue;
    // The slice's ticks pay for part; the rest is overrun, as out_of_ticks hands it out in
    // chunks, and past the limit the run stops here, before the work is done.
    n -= I.ticks;
    I.ticks = 0;
    if (I.max_overrun_ticks >= 0 && I.overrun_ticks + n > I.max_overrun_ticks) {
        I.overrun_ticks = I.max_overrun_ticks;
        I.ticks = -1;
        return out_of_ticks(I, false, true) == TickOutcome::Continue;
    }
    I.overrun_ticks += n; // the next tick pauses, or takes a new chunk (out_of_ticks)
    return true;
}

bool native_affordable_slow(Interp& I, uint64_t bytes) {
    const int64_t n = bytes_work(bytes);
    if (I.stopping() ||
        (I.max_overrun_ticks >= 0 && n > I.ticks + (I.max_overrun_ticks - I.overrun_ticks)))
        return native_work(I, n); // stops
    return true;
}

bool room_in_ticks(Interp& I, uint64_t bytes) {
    return native_affordable(I, bytes);
}

void Interp::charge_made() {
    const int64_t n = bytes_work(heap.large_made);
    heap.large_made = 0;
    if (ticks < 0) return;
    if (ticks >= n) {
        ticks -= n;
        return;
    }
    // Overrun: the next tick pauses where it can, or stops the run past the limit.
    overrun_ticks += n - ticks;
    ticks = 0;
}

} // namespace loopscope
