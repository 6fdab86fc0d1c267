// loop_close_trace_test.cpp - loop.close() drops the callbacks and timers still pending (as
// BaseEventLoop.close clears _ready and _scheduled); the trace says so, so the page's ready queue
// is empty after it and its timers show as cancelled, instead of handles that would still run.
#include "session/recording.h"
#include "support/recorded_run.h"

#include <catch2/catch.hpp>

using namespace loopscope;
using trace::EventKind;

TEST_CASE("closing a loop with pending handles empties the view's ready queue, cancels its timers",
          "[trace_contract]") {
    const char* program = "import asyncio\n"
                          "loop = asyncio.new_event_loop()\n"
                          "loop.call_soon(print, 'never')\n"
                          "loop.call_soon_threadsafe(print, 'never either')\n"
                          "loop.call_later(5, print, 'too late')\n"
                          "loop.call_later(6, print, 'cancelled').cancel()\n"
                          "loop.close()\n"
                          "print('closed')\n";
    std::vector<trace::TraceEvent> events = test::record(program);
    session::Recording rec;
    size_t close_at = 0, skipped = 0, timers_cancelled = 0;
    for (const trace::TraceEvent& e : events) {
        rec.add(e);
        if (e.kind == EventKind::HandleScheduled) close_at = rec.size();
        if (e.kind == EventKind::HandleSkipped) ++skipped;
        if (e.kind == EventKind::TimerCancelled) ++timers_cancelled;
    }
    REQUIRE(close_at > 0);
    CHECK(rec.snapshot_at(close_at - 1).ready.size() == 2); // before the close
    const session::Snapshot& end = rec.snapshot_at(rec.size() - 1);
    CHECK(end.ready.empty());
    REQUIRE(end.timers.size() == 2);
    for (const auto& t : end.timers) CHECK(t.cancelled);
    CHECK(skipped == 2);
    CHECK(timers_cancelled == 2); // the one cancelled by the program, the one dropped by close
}
