// recorded_run.h - a program run to its end under LiveRun with every trace event kept, for the
// suites that check what the trace says (the asyncio trace contract, the simulated world).
#pragma once

#include "session/live_run.h"

#include <catch2/catch.hpp>

#include <vector>

namespace loopscope::test {

struct EventRecorder : trace::TraceSink {
    std::vector<trace::TraceEvent> events;
    void emit(trace::TraceEvent&& e) override { events.push_back(std::move(e)); }
    void line(uint64_t, double, int32_t, int32_t, int32_t) override {}
};

// Every event of `program` (run as main.py), which must finish with exit status 0.
inline std::vector<trace::TraceEvent> record(const char* program) {
    EventRecorder rec;
    LiveRun run(rec, {});
    REQUIRE(run.load(program, "main.py", nullptr));
    for (int i = 0; i < 100000 && !run.finished(); ++i) run.advance(100000);
    CHECK(run.exit_status() == 0);
    return std::move(rec.events);
}

} // namespace loopscope::test
