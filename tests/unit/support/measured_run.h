// measured_run.h - a program run as main.py with its output captured, and what it cost: the most
// memory it needed at once (on top of a fresh interpreter) and how many collections ran.
#pragma once

#include "core/memory.h"
#include "lang/run.h"

#include <string_view>

namespace loopscope::test {

struct MeasuredRun {
    CapturedRun run;
    size_t peak_bytes;
    size_t collections;
};

// threshold: the collector's first threshold in bytes (0 keeps the interpreter's default);
// setup: modules to register before the run (none by default).
inline MeasuredRun measure_program(std::string_view source, size_t threshold = 0,
                                   void (*setup)(Interp&) = nullptr) {
    MeasuredRun m{{0, {}, {}}, 0, 0};
    Interp I;
    if (setup) setup(I);
    I.write_out = [&](std::string_view s) { m.run.out.append(s); };
    I.write_err = [&](std::string_view s) { m.run.err.append(s); };
    if (threshold) I.heap.threshold = I.heap.min_threshold = threshold;
    size_t base = memory::in_use();
    memory::reset_peak();
    m.run.status = run_script(I, source, "main.py");
    m.peak_bytes = memory::peak() - base;
    m.collections = I.heap.collections;
    return m;
}

} // namespace loopscope::test
