// Tests of LiveRun: a script executing in slices and reporting trace events.
#include "session/live_run.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace loopscope;
using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

namespace {

struct Recorder : trace::TraceSink {
    std::vector<TraceEvent> events;
    struct Line {
        uint64_t seq;
        int32_t task, line, depth;
    };
    std::vector<Line> lines;
    bool pause_each_event = false;
    void emit(TraceEvent&& e) override {
        events.push_back(std::move(e));
        if (pause_each_event) pause_requested = true;
    }
    void line(uint64_t seq, double, int32_t task, int32_t line, int32_t depth) override {
        lines.push_back({seq, task, line, depth});
    }
    std::vector<const TraceEvent*> of(EventKind k) const {
        std::vector<const TraceEvent*> out;
        for (auto& e : events)
            if (e.kind == k) out.push_back(&e);
        return out;
    }
};

// A compact text of the whole trace, to compare runs.
std::string digest(const Recorder& r) {
    std::string s;
    for (auto& e : r.events) {
        s += std::to_string(e.seq) + " " + std::to_string(int(e.kind)) + " t" +
             std::to_string(e.time) + " task" + std::to_string(e.task) + " h" +
             std::to_string(e.handle) + " L" + std::to_string(e.line) + " " + e.text + " w" +
             std::to_string(int(e.wait.kind)) + e.wait.detail + "\n";
    }
    return s;
}

void run_all(LiveRun& run, int64_t slice) {
    for (int i = 0; i < 1000000 && !run.finished(); ++i) run.advance(slice);
}

const char* kTwoWorkers = R"(import asyncio

async def worker(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "done")
    return delay * 2

async def main():
    t1 = asyncio.create_task(worker("a", 2))
    t2 = asyncio.create_task(worker("b", 1))
    results = await asyncio.gather(t1, t2)
    print(results)

asyncio.run(main())
)";

} // namespace

TEST_CASE("a live run reports tasks, timers, clock jumps and output lines", "[live_run]") {
    Recorder rec;
    LiveRun run(rec, {});
    SyntaxErrorInfo err;
    REQUIRE(run.load(kTwoWorkers, "main.py", &err));
    run_all(run, 100000);
    REQUIRE(run.finished());
    CHECK(run.exit_status() == 0);
    auto created = rec.of(EventKind::TaskCreated);
    REQUIRE(created.size() == 3); // not asyncio.run's own shutdown tasks
    CHECK(created[0]->name == "Task-1");
    CHECK(created[0]->text == "main");
    CHECK(created[1]->text == "worker");
    CHECK(created[1]->parent == created[0]->task);
    auto out = rec.of(EventKind::Output);
    REQUIRE(out.size() == 5);
    CHECK(out[0]->text == "a starts");
    CHECK(out[2]->text == "b done");
    CHECK(out[2]->time == 1.0);
    CHECK(out[4]->text == "[4, 2]");
    CHECK(out[4]->time == 2.0);
    CHECK(out[4]->line == 13);
    auto jumps = rec.of(EventKind::ClockJump);
    REQUIRE(jumps.size() == 2);
    CHECK(jumps[0]->value == 0.0);
    CHECK(jumps[0]->time == 1.0);
    CHECK(rec.events.front().kind == EventKind::ScriptStarted);
    CHECK(rec.events.back().kind == EventKind::ScriptFinished);
    for (size_t i = 0; i < rec.events.size(); ++i) CHECK(rec.events[i].seq == i);
}

TEST_CASE("a suspended task says what it waits for, with its stack and locals", "[live_run]") {
    Recorder rec;
    LiveRun run(rec, {});
    REQUIRE(run.load(kTwoWorkers, "main.py", nullptr));
    run_all(run, 100000);
    auto susp = rec.of(EventKind::TaskSuspended);
    bool saw_sleep = false, saw_gather = false;
    for (auto* e : susp) {
        if (e->wait.kind == WaitKind::Sleep && e->wait.detail == "sleep(2)") {
            saw_sleep = true;
            CHECK(e->wait.until == 2.0);
            CHECK(e->wait.handle > 0);
            CHECK(e->line == 5);
            REQUIRE(!e->stack.empty());
            CHECK(e->stack.front().function == "worker");
            bool has_name = false;
            for (auto& [k, v] : e->stack.front().locals)
                if (k == "name" && v == "'a'") has_name = true;
            CHECK(has_name);
        }
        if (e->wait.kind == WaitKind::Gather) {
            saw_gather = true;
            CHECK(e->wait.tasks.size() == 2);
        }
    }
    CHECK(saw_sleep);
    CHECK(saw_gather);
}

TEST_CASE("the trace is the same whatever the slice size", "[live_run]") {
    Recorder big, small;
    LiveRun a(big, {}), b(small, {});
    REQUIRE(a.load(kTwoWorkers, "main.py", nullptr));
    REQUIRE(b.load(kTwoWorkers, "main.py", nullptr));
    run_all(a, 1 << 30);
    run_all(b, 1);
    CHECK(digest(big) == digest(small));
}

TEST_CASE("a sink can stop the run after every event and nothing is lost", "[live_run]") {
    Recorder whole, stepped;
    stepped.pause_each_event = true;
    LiveRun a(whole, {}), b(stepped, {});
    REQUIRE(a.load(kTwoWorkers, "main.py", nullptr));
    REQUIRE(b.load(kTwoWorkers, "main.py", nullptr));
    run_all(a, 1 << 30);
    int advances = 0;
    while (!b.finished() && advances < 100000) {
        b.advance(1 << 30);
        ++advances;
    }
    CHECK(digest(whole) == digest(stepped));
    CHECK(advances > int(stepped.events.size()) / 4);
}

TEST_CASE("an infinite loop in a task is reported as blocking and can be stopped", "[live_run]") {
    Recorder rec;
    LiveRun::Options o;
    o.blocking_ticks = 5000;
    LiveRun run(rec, o);
    REQUIRE(
        run.load("import asyncio\nasync def spin():\n    n = 0\n    while True:\n        n += 1\n"
                 "asyncio.run(spin())\n",
                 "main.py", nullptr));
    for (int i = 0; i < 20; ++i) run.advance(1000);
    CHECK_FALSE(run.finished());
    auto blocked = rec.of(EventKind::LoopBlocked);
    REQUIRE(blocked.size() == 1);
    CHECK(blocked[0]->task == 1);
    run.stop();
    CHECK(run.finished());
    CHECK(run.exit_status() == 1);
    CHECK(rec.events.back().kind == EventKind::ScriptFinished);
    CHECK(rec.events.back().text == "stopped");
}

TEST_CASE("waits on queues, locks and events name the primitive", "[live_run]") {
    Recorder rec;
    LiveRun run(rec, {});
    REQUIRE(run.load(R"(import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    ev = asyncio.Event()
    async def getter():
        return await q.get()
    async def locker():
        async with lock:
            pass
    async def waiter():
        await ev.wait()
    await lock.acquire()
    ts = [asyncio.create_task(f()) for f in (getter, locker, waiter)]
    await asyncio.sleep(1)
    lock.release()
    ev.set()
    await q.put(5)
    print(await asyncio.gather(*ts))
asyncio.run(main())
)",
                     "main.py", nullptr));
    run_all(run, 100000);
    CHECK(run.exit_status() == 0);
    std::vector<WaitKind> kinds;
    for (auto* e : rec.of(EventKind::TaskSuspended)) kinds.push_back(e->wait.kind);
    auto has = [&](WaitKind k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); };
    CHECK(has(WaitKind::QueueGet));
    CHECK(has(WaitKind::Lock));
    CHECK(has(WaitKind::Event));
    auto prims = rec.of(EventKind::PrimitiveState);
    REQUIRE(!prims.empty());
    bool saw_locked = false, saw_queue = false;
    for (auto* p : prims) {
        if (p->prim == trace::PrimKind::Lock && p->text == "locked") saw_locked = true;
        if (p->prim == trace::PrimKind::Queue) saw_queue = true;
    }
    CHECK(saw_locked);
    CHECK(saw_queue);
    CHECK(rec.of(EventKind::Output).back()->text == "[5, None, None]");
}

TEST_CASE("blocking time.sleep and deadlocks are events", "[live_run]") {
    Recorder rec;
    LiveRun run(rec, {});
    REQUIRE(run.load("import asyncio, time\nasync def main():\n    time.sleep(2)\n"
                     "    await asyncio.Event().wait()\nasyncio.run(main())\n",
                     "main.py", nullptr));
    run_all(run, 100000);
    auto sleeps = rec.of(EventKind::BlockingSleep);
    REQUIRE(sleeps.size() == 1);
    CHECK(sleeps[0]->value == 2.0);
    CHECK(sleeps[0]->line == 3);
    CHECK(rec.of(EventKind::Deadlock).size() == 1);
    CHECK(run.exit_status() == 1);
}

TEST_CASE("a syntax error comes back as data with its line and column", "[live_run]") {
    Recorder rec;
    LiveRun run(rec, {});
    SyntaxErrorInfo err;
    CHECK_FALSE(run.load("x = 1\nif x\n    pass\n", "main.py", &err));
    CHECK(err.line == 2);
    CHECK(err.col == 5);
    CHECK(err.msg == "expected ':'");
    CHECK(rec.events.empty());
}

TEST_CASE("line tracing reports each new line of the learner's code with its task", "[live_run]") {
    Recorder rec;
    rec.want_lines = true;
    LiveRun run(rec, {});
    REQUIRE(run.load(kTwoWorkers, "main.py", nullptr));
    run_all(run, 100000);
    REQUIRE(!rec.lines.empty());
    CHECK(rec.lines.front().line == 1);
    CHECK(rec.lines.front().task == 0);
    bool worker_line = false;
    for (auto& l : rec.lines)
        if (l.line == 4 && l.task == 2 && l.depth == 1) worker_line = true;
    CHECK(worker_line);
}
