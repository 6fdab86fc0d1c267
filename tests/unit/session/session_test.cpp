// Tests of session/session.h with real programs: stepping in every mode, going back, seeking,
// what a snapshot shows for waits on each primitive, blocking, deadlock, compile errors, and
// determinism of the recorded trace.
#include "session/session.h"
#include "session/snapshot_text.h"
#include "trace/trace_json.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace loopscope;
using namespace loopscope::session;
using trace::EventKind;
using trace::WaitKind;

namespace {

const char* kWorkers = R"(import asyncio

async def worker(name, q, delay):
    total = 0
    for i in range(3):
        await asyncio.sleep(delay)
        total += i
        await q.put((name, i))
    return total

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f"w{n}", q, 0.5 * n)) for n in (1, 2)]
    got = []
    for _ in range(6):
        got.append(await q.get())
    print(got)
    print(await asyncio.gather(*tasks))

asyncio.run(main())
)";

// Drive the session until its motion is done (or the program ends).
void drive(Session& s) {
    for (int k = 0; k < 100000 && s.motion() != Motion::None; ++k) s.tick(5000);
}

Session loaded(const char* source, Options opt = {}) {
    Session s(opt);
    REQUIRE(s.load(source));
    return s;
}

bool has_event(Session& s, EventKind k) {
    for (uint64_t i = 0; i < s.recorded(); ++i)
        if (s.event(i).kind == k) return true;
    return false;
}

// Step forwards with `step` until the program ends, remembering the snapshot at each stop;
// then walk back one event at a time to the start: the snapshot rebuilt from the recording
// at each of those stops must be the one seen live.
void forward_then_back(const std::function<void(Session&)>& step) {
    Session s;
    REQUIRE(s.load(kWorkers));
    std::vector<std::pair<uint64_t, std::string>> seen;
    seen.emplace_back(s.cursor(), snapshot_text(s.snapshot()));
    for (int k = 0; k < 400 && !(s.program_finished() && s.cursor() + 1 == s.recorded()); ++k) {
        step(s);
        drive(s);
        seen.emplace_back(s.cursor(), snapshot_text(s.snapshot()));
    }
    REQUIRE(seen.size() > 3);
    for (size_t k = seen.size(); k-- > 0;) {
        while (s.cursor() > seen[k].first) s.step_back_event();
        REQUIRE(s.cursor() == seen[k].first);
        REQUIRE(snapshot_text(s.snapshot()) == seen[k].second);
    }
}

} // namespace

TEST_CASE("a program that does not compile gives its error as data with line and column") {
    Session s;
    CHECK_FALSE(s.load("x = 1\nif x\n    pass\n"));
    REQUIRE(s.compile_error());
    CHECK(s.compile_error()->type == "SyntaxError");
    CHECK(s.compile_error()->msg == "expected ':'");
    CHECK(s.compile_error()->line == 2);
    CHECK(s.compile_error()->col == 5);
    CHECK(s.recorded() == 0);
    CHECK(s.exit_status() == 1);
    s.step_event(); // nothing to do, nothing breaks
    CHECK_FALSE(s.tick(1000));
    s.step_back_event();
    CHECK(s.snapshot().tasks.empty());
    CHECK(s.load("print('fixed')\n"));
    CHECK_FALSE(s.compile_error());
}

TEST_CASE("stepping by event forwards and back gives identical snapshots") {
    forward_then_back([](Session& s) { s.step_event(); });
}

TEST_CASE("stepping by line forwards and back gives identical snapshots") {
    forward_then_back([](Session& s) { s.step_line(); });
}

TEST_CASE("stepping over forwards and back gives identical snapshots") {
    forward_then_back([](Session& s) { s.step_over(); });
}

TEST_CASE("running to times forwards and back gives identical snapshots") {
    double t = 0.0;
    forward_then_back([&t](Session& s) { s.run_to_time(t += 0.25); });
}

TEST_CASE("running to events forwards and back gives identical snapshots") {
    uint64_t i = 0;
    forward_then_back([&i](Session& s) { s.run_to_event(i += 7); });
}

TEST_CASE("run to event reaches that event, recorded or not, ignoring breakpoints") {
    Session s = loaded(kWorkers);
    s.breakpoints().insert(5);
    s.run_to_event(40);
    drive(s);
    CHECK(s.cursor() == 40);
    const std::string at40 = snapshot_text(s.snapshot());
    s.run_to_event(12); // already recorded: at once
    CHECK(s.motion() == Motion::None);
    CHECK(s.cursor() == 12);
    s.run_to_event(40);
    drive(s);
    CHECK(snapshot_text(s.snapshot()) == at40);
    s.run_to_event(UINT64_MAX); // past the end: the run ends there
    drive(s);
    CHECK(s.program_finished());
    CHECK(s.cursor() + 1 == s.recorded());
}

TEST_CASE("N steps forward then N steps back returns to the same snapshot") {
    Session s = loaded(kWorkers);
    s.step_line();
    drive(s);
    for (int n : {1, 5, 40}) {
        const uint64_t at = s.cursor();
        const std::string before = snapshot_text(s.snapshot());
        for (int k = 0; k < n; ++k) {
            s.step_event();
            drive(s);
        }
        for (int k = 0; k < n; ++k) s.step_back_event();
        CHECK(s.cursor() == at);
        CHECK(snapshot_text(s.snapshot()) == before);
        for (int k = 0; k < n; ++k) {
            s.step_line();
            drive(s);
        }
        for (int k = 0; k < n; ++k) s.step_back_line();
        CHECK(s.cursor() == at);
        CHECK(snapshot_text(s.snapshot()) == before);
    }
}

TEST_CASE("seeking anywhere gives the snapshot seen when the run passed there") {
    Session s = loaded(kWorkers);
    std::vector<std::string> live;
    while (!(s.program_finished() && s.cursor() + 1 == s.recorded())) {
        s.step_event();
        drive(s);
        live.resize(s.cursor() + 1);
        live[s.cursor()] = snapshot_text(s.snapshot());
    }
    REQUIRE(s.snapshot().finished);
    for (uint64_t i : {uint64_t(live.size() - 1), uint64_t(1), uint64_t(live.size() / 2),
                       uint64_t(live.size() / 3), uint64_t(2)}) {
        s.seek(i);
        CHECK(snapshot_text(s.snapshot()) == live[i]);
    }
    s.seek(1u << 30);
    CHECK(s.cursor() == s.recorded() - 1);
    s.reset();
    CHECK(s.cursor() == 0);
}

TEST_CASE("running to the end shows the output, finished tasks and their results") {
    Session s = loaded(kWorkers);
    s.run();
    drive(s);
    CHECK(s.program_finished());
    const Snapshot& snap = s.snapshot();
    CHECK(snap.finished);
    CHECK(snap.error.empty());
    REQUIRE(snap.output.size() == 2);
    CHECK(snap.output[0].text ==
          "[('w1', 0), ('w2', 0), ('w1', 1), ('w1', 2), ('w2', 1), ('w2', 2)]");
    CHECK(snap.output[1].text == "[3, 3]");
    CHECK(snap.output[1].line == 18);
    // Each line names the event that printed it: seeking there shows the program as it
    // printed that line, and the console then ends with it.
    const uint64_t first = snap.output[0].event;
    CHECK(s.event(first).kind == trace::EventKind::Output);
    CHECK(snap.output[1].event > first);
    s.seek(first);
    REQUIRE(s.snapshot().output.size() == 1);
    CHECK(s.snapshot().output[0].event == first);
    s.seek(s.recorded() - 1);
    REQUIRE(s.snapshot().output.size() == 2);
    // The cheap look at an event (the timeline panel's) is the same event without the stack.
    uint64_t suspended = 0;
    while (s.event_kind(suspended) != trace::EventKind::TaskSuspended) ++suspended;
    const trace::TraceEvent full = s.event(suspended);
    const trace::TraceEvent& light = s.event(suspended, trace::TraceStore::Decode::NoStack);
    CHECK_FALSE(full.stack.empty());
    CHECK(light.stack.empty());
    CHECK(light.wait.detail == full.wait.detail);
    CHECK(light.time == full.time);
    const trace::TraceEvent& header = s.event(suspended, trace::TraceStore::Decode::Header);
    CHECK(header.kind == trace::EventKind::TaskSuspended);
    CHECK(header.task == full.task);
    CHECK(header.wait.detail.empty());
    int workers = 0;
    for (const TaskView& t : snap.tasks) {
        CHECK(t.state == TaskState::Done);
        if (t.coro != "worker") continue;
        ++workers;
        CHECK(t.result == "3");
        CHECK(t.finished > 0.0);
    }
    CHECK(workers == 2);
    CHECK(snap.clock == 3.0);
    CHECK(s.exit_status() == 0);
}

TEST_CASE("a breakpoint stops a run at its line, and run to line stops at the line") {
    Session s = loaded(kWorkers);
    s.breakpoints().insert(7);
    s.run();
    drive(s);
    CHECK(s.event(s.cursor()).kind == EventKind::Line);
    CHECK(s.snapshot().line == 7);
    s.breakpoints().clear();
    s.run_to_line(17);
    drive(s);
    CHECK(s.snapshot().line == 17);
    CHECK(s.snapshot().clock == 3.0);
}

TEST_CASE("step over an await stays in the same task and frame") {
    Session s = loaded(kWorkers);
    s.run_to_line(6); // await asyncio.sleep(delay) in a worker
    drive(s);
    const int32_t task = s.snapshot().current_task;
    REQUIRE(task != 0);
    s.step_over();
    drive(s);
    CHECK(s.event(s.cursor()).kind == EventKind::Line);
    CHECK(s.snapshot().current_task == task);
    CHECK(s.snapshot().line == 7);
    CHECK(s.snapshot().clock > 0.0); // other tasks ran meanwhile, the clock moved
}

TEST_CASE("a task waiting on each primitive is listed among its waiters") {
    struct Case {
        const char* name;
        WaitKind wait;
        trace::PrimKind prim;
        const char* setup;  // makes `p`
        const char* waiter; // awaits on p
        const char* release;
    };
    const Case cases[] = {
        {"queue get", WaitKind::QueueGet, trace::PrimKind::Queue, "asyncio.Queue()",
         "await p.get()", "p.put_nowait(1)"},
        {"queue put", WaitKind::QueuePut, trace::PrimKind::Queue, "asyncio.Queue(1)",
         "p.put_nowait(0); await p.put(1)", "p.get_nowait()"},
        {"lock", WaitKind::Lock, trace::PrimKind::Lock, "asyncio.Lock()", "await p.acquire()",
         "p.release()"},
        {"event", WaitKind::Event, trace::PrimKind::Event, "asyncio.Event()", "await p.wait()",
         "p.set()"},
        {"semaphore", WaitKind::Semaphore, trace::PrimKind::Semaphore, "asyncio.Semaphore(0)",
         "await p.acquire()", "p.release()"},
        {"condition", WaitKind::Condition, trace::PrimKind::Condition, "asyncio.Condition()",
         "async with p: await p.wait()", "await p.acquire(); p.notify_all(); p.release()"},
        {"barrier", WaitKind::Barrier, trace::PrimKind::Barrier, "asyncio.Barrier(2)",
         "await p.wait()", "await p.wait()"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        std::string src = std::string("import asyncio\n\nasync def waiter(p):\n    ") + c.waiter +
                          "\n\nasync def main():\n    p = " + c.setup +
                          "\n    t = asyncio.create_task(waiter(p))\n    await asyncio.sleep(1)\n"
                          "    " +
                          (c.wait == WaitKind::Lock ? "" : "") + c.release +
                          "\n    await t\n    print('done')\n\n";
        if (c.wait == WaitKind::Lock)
            src.replace(src.find("    t = asyncio"), 0, "    await p.acquire()\n");
        src += "asyncio.run(main())\n";
        Session s;
        REQUIRE(s.load(src));
        s.run();
        drive(s);
        REQUIRE(s.snapshot().output.size() == 1);
        CHECK(s.snapshot().output[0].text == "done");
        bool found = false;
        for (uint64_t i = 0; i < s.recorded() && !found; ++i) {
            s.seek(i);
            const Snapshot& snap = s.snapshot();
            if (snap.tasks.size() < 2 || snap.tasks[1].state != TaskState::Waiting) continue;
            if (snap.tasks[1].wait.kind != c.wait) continue;
            for (const PrimitiveView& p : snap.primitives) {
                const auto& list = c.wait == WaitKind::QueuePut ? p.putters : p.waiters;
                if (p.id == snap.tasks[1].wait.object && p.kind == c.prim && list.size() == 1 &&
                    list[0] == 2)
                    found = true;
            }
        }
        CHECK(found);
        s.seek(s.recorded() - 1);
        for (const PrimitiveView& p : s.snapshot().primitives) {
            CHECK(p.waiters.empty());
            CHECK(p.putters.empty());
        }
    }
}

TEST_CASE("a task that runs too long without awaiting is reported as blocking the loop") {
    Options opt;
    opt.blocking_ticks = 2000;
    Session s(opt);
    REQUIRE(s.load("import asyncio\n\nasync def busy():\n    n = 0\n    for i in range(20000):\n"
                   "        n += i\n    return n\n\nasync def main():\n"
                   "    print(await asyncio.create_task(busy()))\n\nasyncio.run(main())\n"));
    s.run();
    drive(s);
    REQUIRE(has_event(s, EventKind::LoopBlocked));
    uint64_t at = 0;
    while (s.event(at).kind != EventKind::LoopBlocked) ++at;
    s.seek(at);
    CHECK(s.snapshot().blocked);
    CHECK(s.snapshot().narration.find("blocking the event loop") != std::string::npos);
    s.seek(s.recorded() - 1);
    CHECK_FALSE(s.snapshot().blocked);
    CHECK(s.snapshot().output.back().text == "199990000");
}

TEST_CASE("an endless loop in a task can be stopped and the session stays usable") {
    Options opt;
    opt.blocking_ticks = 2000;
    Session s(opt);
    REQUIRE(s.load("import asyncio\n\nasync def spin():\n    while True:\n        pass\n\n"
                   "async def main():\n    await asyncio.create_task(spin())\n\n"
                   "asyncio.run(main())\n"));
    s.run();
    for (int k = 0; k < 50; ++k) s.tick(20000);
    CHECK_FALSE(s.program_finished());
    CHECK(s.snapshot().blocked);
    const uint64_t recorded = s.recorded();
    for (int k = 0; k < 50; ++k) s.tick(20000);
    CHECK(s.recorded() == recorded); // no Line events recorded while it blocks
    s.stop();
    CHECK(s.program_finished());
    CHECK(s.snapshot().finished);
    s.step_back_event();
    s.step_back_line();
    CHECK(s.snapshot().line != 0);
    CHECK(s.load("print(1)\n"));
}

TEST_CASE("a deadlock is reported as an event and in the snapshot") {
    Session s = loaded("import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\n"
                       "asyncio.run(main())\n");
    s.run();
    drive(s);
    REQUIRE(has_event(s, EventKind::Deadlock));
    CHECK(s.snapshot().deadlock);
    CHECK(s.snapshot().finished);
}

TEST_CASE("the same program gives a byte-identical json trace twice") {
    auto trace_of = [](const char* src) {
        Session s;
        REQUIRE(s.load(src));
        s.run();
        drive(s);
        trace::TraceHeader h;
        h.file = "main.py";
        h.source = src;
        h.exit_status = s.exit_status();
        return trace::trace_json(s.recording().store(), h);
    };
    const std::string a = trace_of(kWorkers);
    CHECK(a.size() > 1000);
    CHECK(trace_of(kWorkers) == a);
}
