// Tests of trace/trace_store.h: compact storage gives back exactly the events it was given.
#include "trace/trace_json.h"
#include "trace/trace_store.h"

#include <catch2/catch.hpp>

using namespace loopscope::trace;

static TraceEvent suspended_event() {
    TraceEvent e;
    e.kind = EventKind::TaskSuspended;
    e.time = 1.5;
    e.task = 3;
    e.line = 7;
    e.wait.kind = WaitKind::Gather;
    e.wait.tasks = {4, 5, 6};
    e.wait.detail = "gather(a, b, c)";
    e.stack.resize(2);
    e.stack[0].function = "main";
    e.stack[0].file = "main.py";
    e.stack[0].line = 7;
    e.stack[0].locals = {{"x", "1"}, {"name", "'w'"}};
    e.stack[1].function = "helper";
    e.stack[1].file = "main.py";
    e.stack[1].line = 3;
    return e;
}

TEST_CASE("a stored event reads back with every field it was given") {
    TraceStore s;
    TraceEvent p;
    p.kind = EventKind::PrimitiveState;
    p.time = 0.25;
    p.object = 2;
    p.prim = PrimKind::Queue;
    p.name = "Queue#2";
    p.text = "2 items: [1, 2]";
    p.value = 2;
    p.value2 = 5;
    p.line = 9;
    p.parent = 1;
    p.handle = 4;
    p.stream = 1;
    s.add(p);
    s.add(suspended_event());
    REQUIRE(s.size() == 2);
    TraceEvent a = s.get(0);
    CHECK(a.seq == 0);
    CHECK(a.kind == EventKind::PrimitiveState);
    CHECK(a.time == 0.25);
    CHECK(a.object == 2);
    CHECK(a.prim == PrimKind::Queue);
    CHECK(a.name == "Queue#2");
    CHECK(a.text == "2 items: [1, 2]");
    CHECK(a.value == 2);
    CHECK(a.value2 == 5);
    CHECK(a.line == 9);
    CHECK(a.parent == 1);
    CHECK(a.handle == 4);
    CHECK(a.stream == 1);
    TraceEvent b = s.get(1);
    CHECK(b.seq == 1);
    CHECK(b.wait.kind == WaitKind::Gather);
    CHECK(b.wait.tasks == std::vector<int32_t>{4, 5, 6});
    CHECK(b.wait.detail == "gather(a, b, c)");
    CHECK(b.wait.until == -1.0);
    REQUIRE(b.stack.size() == 2);
    CHECK(b.stack[0].function == "main");
    CHECK(b.stack[0].locals.size() == 2);
    CHECK(b.stack[0].locals[1].second == "'w'");
    CHECK(b.stack[1].function == "helper");
    CHECK(b.stack[1].line == 3);
    CHECK(b.stack[1].locals.empty());
    CHECK(event_json(s, 1) == [] {
        TraceStore t;
        t.add(TraceEvent{});
        t.add(suspended_event());
        return event_json(t, 1);
    }());
}

TEST_CASE("line events are interleaved with other events in one index space") {
    TraceStore s;
    TraceEvent e;
    e.kind = EventKind::TaskStep;
    e.task = 1;
    s.add(e);
    s.add_line(0.5, 1, 12, 2);
    s.add(e);
    REQUIRE(s.size() == 3);
    CHECK(s.kind(0) == EventKind::TaskStep);
    CHECK(s.kind(1) == EventKind::Line);
    CHECK(s.line(1) == 12);
    CHECK(s.depth(1) == 2);
    CHECK(s.task(1) == 1);
    CHECK(s.time(1) == 0.5);
    CHECK(s.kind(2) == EventKind::TaskStep);
    CHECK(s.get(1).value == 2); // a decoded Line event carries its depth in `value`
}

TEST_CASE("repeated strings are stored once") {
    TraceStore s;
    TraceEvent e = suspended_event();
    s.add(e);
    size_t strings = s.strings().size();
    for (int k = 0; k < 100; ++k) s.add(e);
    CHECK(s.strings().size() == strings);
    CHECK(s.strings().intern("") == 0);
    CHECK(s.strings().intern("main") == s.strings().intern(std::string("ma") + "in"));
}

TEST_CASE("a line event takes far less memory than a full event") {
    TraceStore lines, full;
    TraceEvent e;
    e.kind = EventKind::TaskStep;
    for (int k = 0; k < 10000; ++k) {
        lines.add_line(k, 1, k % 50, 1);
        full.add(e);
    }
    CHECK(lines.memory_bytes() < 10000 * 48); // 28 bytes, and the arrays' spare capacity
    CHECK(full.memory_bytes() > lines.memory_bytes());
}
