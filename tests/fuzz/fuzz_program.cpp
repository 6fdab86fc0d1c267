// fuzz_program.cpp - libFuzzer target for the program path: a learner's source text parsed,
// compiled and run (with the program modules: asyncio, the simulated world) under a tick budget,
// the way `loopscope run --max-ticks` and the page run it. Any sanitizer report, crash, abort or
// hang is a finding; a Python exception, a SyntaxError or a spent budget is an ordinary outcome.
#include "core/memory.h"
#include "lang/interp.h"
#include "lang/run.h"
#include "world/world_modules.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace loopscope;

namespace {
// Small enough that a run costs milliseconds, large enough that loops, classes and a few
// event-loop turns happen.
constexpr int64_t kBudget = 200000;
constexpr int64_t kSlice = 20000;
// The memory budget (core/memory.h) well under libFuzzer's -malloc_limit_mb and -rss_limit_mb
// (tests/fuzz/fuzz.py): a memory bomb ends in MemoryError, an ordinary outcome, not an OOM.
constexpr size_t kMemoryBudget = size_t(256) << 20;
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    memory::set_budget(kMemoryBudget);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 16384) return -1; // not added to the corpus
    std::string source(reinterpret_cast<const char*>(data), size);
    Interp I;
    I.write_out = [](std::string_view) {};
    I.write_err = [](std::string_view) {};
    register_program_modules(I);
    I.budget_name = "fuzz";
    ScriptRunner run(I, source, "fuzz.py");
    // As the CLI's run_bounded: slices at the top level, code that cannot pause is bounded by
    // what is left of the whole budget.
    int64_t left = kBudget;
    while (left > 0) {
        int64_t slice = left < kSlice ? left : kSlice;
        I.max_overrun_ticks = left - slice;
        if (run.step(slice)) return 0;
        left -= slice + I.overrun_ticks;
    }
    run.stop();
    return 0;
}
