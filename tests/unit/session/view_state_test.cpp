// Tests of session/view_state.h: how each kind of event changes what a snapshot shows.
#include "session/recording.h"

#include <catch2/catch.hpp>

using namespace loopscope;
using namespace loopscope::session;
using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

namespace {

struct Builder {
    Recording rec;
    double clock = 0.0;
    TraceEvent& next(EventKind k, int32_t task = 0) {
        e = TraceEvent{};
        e.kind = k;
        e.task = task;
        e.time = clock;
        return e;
    }
    const Snapshot& add() {
        rec.add(e);
        return rec.snapshot_at(rec.size() - 1);
    }
    const Snapshot& add(EventKind k, int32_t task = 0) {
        next(k, task);
        return add();
    }
    const Snapshot& create(int32_t id, const char* name) {
        next(EventKind::TaskCreated, id).name = name;
        e.text = "worker";
        return add();
    }
    const Snapshot& handle(EventKind k, int32_t h, int32_t task = 0, const char* text = "") {
        next(k, task).handle = h;
        e.text = text;
        return add();
    }
    const Snapshot& timer(int32_t h, double when, const char* what) {
        next(EventKind::TimerScheduled, 1).handle = h;
        e.value = when;
        e.text = what;
        return add();
    }
    const Snapshot& suspend(int32_t task, WaitKind kind, int32_t object) {
        next(EventKind::TaskSuspended, task).wait.kind = kind;
        e.wait.object = object;
        e.stack.resize(1);
        e.stack[0].function = "worker";
        e.stack[0].line = 4;
        e.stack[0].locals = {{"n", std::to_string(task)}};
        return add();
    }
    TraceEvent e;
};

std::vector<int32_t> ready_handles(const Snapshot& s) {
    std::vector<int32_t> r;
    for (const auto& x : s.ready) r.push_back(x.handle);
    return r;
}

std::vector<int32_t> timer_handles(const Snapshot& s) {
    std::vector<int32_t> r;
    for (const auto& x : s.timers) r.push_back(x.handle);
    return r;
}

} // namespace

TEST_CASE("the ready queue keeps scheduling order and loses a handle when it runs or is skipped") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    b.create(1, "Task-1");
    b.handle(EventKind::HandleScheduled, 1, 1, "step Task-1");
    b.handle(EventKind::HandleScheduled, 2, 0, "print('hi')");
    const Snapshot& s = b.handle(EventKind::HandleScheduled, 3, 0, "cb()");
    CHECK(ready_handles(s) == std::vector<int32_t>{1, 2, 3});
    CHECK(s.ready[0].what == "step Task-1");
    CHECK(s.ready[0].task == 1);
    CHECK(ready_handles(b.handle(EventKind::HandleRun, 1, 1)) == std::vector<int32_t>{2, 3});
    CHECK(b.rec.snapshot_at(b.rec.size() - 1).current_task == 1);
    CHECK(ready_handles(b.handle(EventKind::HandleSkipped, 2)) == std::vector<int32_t>{3});
    CHECK(b.rec.snapshot_at(b.rec.size() - 1).narration ==
          "the loop skips print('hi') (cancelled)");
}

TEST_CASE("timers are ordered by deadline and a due timer's callback joins the ready queue") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    b.timer(1, 2.0, "a()");
    b.timer(2, 1.0, "b()");
    b.timer(3, 2.0, "c()");
    const Snapshot& s = b.timer(4, 0.5, "d()");
    CHECK(timer_handles(s) == std::vector<int32_t>{4, 2, 1, 3});
    CHECK(s.timers[0].when == 0.5);
    CHECK(s.timers[0].what == "d()");
    b.clock = 0.5;
    b.next(EventKind::ClockJump).value = 0.0;
    CHECK(b.add().clock == 0.5);
    const Snapshot& f = b.handle(EventKind::TimerFired, 4);
    CHECK(timer_handles(f) == std::vector<int32_t>{2, 1, 3});
    CHECK(ready_handles(f) == std::vector<int32_t>{4});
    CHECK(f.ready[0].what == "d()");
}

TEST_CASE("a cancelled timer is shown as such until its deadline passes or it is skipped") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    b.timer(1, 1.0, "a()");
    b.timer(2, 3.0, "b()");
    b.timer(5, 4.0, "c()");
    const Snapshot& s = b.handle(EventKind::TimerCancelled, 1);
    REQUIRE(s.timers.size() == 3);
    CHECK(s.timers[0].cancelled);
    CHECK_FALSE(s.timers[1].cancelled);
    b.handle(EventKind::TimerCancelled, 5);
    b.clock = 3.0;
    b.next(EventKind::ClockJump).value = 0.0;
    CHECK(timer_handles(b.add()) == std::vector<int32_t>{2, 5});
    CHECK(timer_handles(b.handle(EventKind::HandleSkipped, 5)) == std::vector<int32_t>{2});
}

TEST_CASE("task states go created, running, waiting, ready, done, with wait and stack") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    const Snapshot& c = b.create(1, "Task-1");
    REQUIRE(c.tasks.size() == 1);
    CHECK(c.tasks[0].state == TaskState::Created);
    CHECK(c.tasks[0].name == "Task-1");
    CHECK(c.tasks[0].coro == "worker");
    b.handle(EventKind::HandleScheduled, 1, 1, "step Task-1");
    b.handle(EventKind::HandleRun, 1, 1);
    const Snapshot& r = b.add(EventKind::TaskStep, 1);
    CHECK(r.tasks[0].state == TaskState::Running);
    CHECK(r.current_task == 1);
    CHECK(r.narration == "Task-1 starts");
    b.next(EventKind::TaskSuspended, 1).wait.kind = WaitKind::Sleep;
    b.e.wait.until = 1.0;
    b.e.wait.detail = "sleep(1)";
    b.e.stack.resize(1);
    b.e.stack[0].function = "worker";
    b.e.stack[0].line = 3;
    b.e.stack[0].locals = {{"x", "42"}};
    const Snapshot& w = b.add();
    CHECK(w.tasks[0].state == TaskState::Waiting);
    CHECK(w.tasks[0].wait.kind == WaitKind::Sleep);
    CHECK(w.tasks[0].wait.until == 1.0);
    REQUIRE(w.tasks[0].stack.size() == 1);
    CHECK(w.tasks[0].stack[0].locals[0].second == "42");
    CHECK(w.current_task == 0);
    CHECK(w.narration == "Task-1 awaits sleep(1), wakes at t=1.000");
    CHECK(b.handle(EventKind::HandleScheduled, 2, 1, "wake up Task-1").tasks[0].state ==
          TaskState::Ready);
    b.handle(EventKind::HandleRun, 2, 1);
    CHECK(b.add(EventKind::TaskStep, 1).narration == "Task-1 resumes");
    b.next(EventKind::TaskFinished, 1).text = "'ok'";
    const Snapshot& d = b.add();
    CHECK(d.tasks[0].state == TaskState::Done);
    CHECK(d.tasks[0].result == "'ok'");
    CHECK(d.tasks[0].stack.size() == 1); // as of its last suspension
    CHECK(d.tasks[0].wait.kind == WaitKind::None);
}

TEST_CASE("a task waiting on each primitive is among its waiters until it is woken") {
    struct Case {
        WaitKind wait;
        trace::PrimKind prim;
        bool putter;
    };
    for (Case k : {Case{WaitKind::QueueGet, trace::PrimKind::Queue, false},
                   Case{WaitKind::QueuePut, trace::PrimKind::Queue, true},
                   Case{WaitKind::QueueJoin, trace::PrimKind::Queue, false},
                   Case{WaitKind::Lock, trace::PrimKind::Lock, false},
                   Case{WaitKind::Event, trace::PrimKind::Event, false},
                   Case{WaitKind::Semaphore, trace::PrimKind::Semaphore, false},
                   Case{WaitKind::Condition, trace::PrimKind::Condition, false},
                   Case{WaitKind::Barrier, trace::PrimKind::Barrier, false}}) {
        INFO(trace::wait_kind_name(k.wait));
        Builder b;
        b.add(EventKind::ScriptStarted);
        b.create(1, "a");
        b.create(2, "b");
        b.next(EventKind::PrimitiveState).object = 7;
        b.e.prim = k.prim;
        b.e.name = "P#7";
        b.e.text = "busy";
        b.e.value = k.prim == trace::PrimKind::Queue ? 1 : -1;
        b.e.value2 = k.prim == trace::PrimKind::Queue ? 1 : -1;
        b.add();
        b.add(EventKind::TaskStep, 1);
        b.suspend(1, k.wait, 7);
        b.add(EventKind::TaskStep, 2);
        const Snapshot& s = b.suspend(2, k.wait, 7);
        REQUIRE(s.primitives.size() == 1);
        const PrimitiveView& p = s.primitives[0];
        CHECK(p.kind == k.prim);
        CHECK(p.name == "P#7");
        CHECK(p.state == "busy");
        CHECK((k.putter ? p.putters : p.waiters) == std::vector<int32_t>{1, 2});
        CHECK((k.putter ? p.waiters : p.putters).empty());
        CHECK(s.tasks[1].wait.kind == k.wait);
        b.next(EventKind::HandleScheduled, 1).handle = 9; // its wake-up: ready, waiting no more
        const Snapshot& woken = b.add();
        CHECK(woken.tasks[0].state == TaskState::Ready);
        CHECK((k.putter ? woken.primitives[0].putters : woken.primitives[0].waiters) ==
              std::vector<int32_t>{2});
        const Snapshot& after = b.add(EventKind::TaskStep, 1);
        CHECK((k.putter ? after.primitives[0].putters : after.primitives[0].waiters) ==
              std::vector<int32_t>{2});
        b.next(EventKind::TaskCancelled, 2);
        CHECK(b.add().primitives[0].waiters.empty());
    }
}

TEST_CASE("a task that blocks the loop marks the snapshot until it awaits") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    b.create(1, "Task-1");
    b.add(EventKind::TaskStep, 1);
    b.next(EventKind::LoopBlocked, 1).value = 200000;
    const Snapshot& s = b.add();
    CHECK(s.blocked);
    CHECK(s.tasks[0].blocking);
    CHECK(s.narration ==
          "Task-1 has run 200000 steps without awaiting: it is blocking the event loop");
    CHECK_FALSE(b.suspend(1, WaitKind::Other, 0).blocked);
}

TEST_CASE("a deadlock and an uncaught exception are reported in the snapshot") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    CHECK(b.add(EventKind::Deadlock).deadlock);
    b.next(EventKind::Output).stream = 2;
    b.e.text = "Traceback (most recent call last):";
    const Snapshot& o = b.add();
    REQUIRE(o.output.size() == 1);
    CHECK(o.output[0].error);
    CHECK(o.output[0].stream == 2);
    b.next(EventKind::ScriptFinished).text = "RuntimeError: deadlock";
    const Snapshot& f = b.add();
    CHECK(f.finished);
    CHECK(f.error == "RuntimeError: deadlock");
    CHECK(f.narration == "the script ends with RuntimeError: deadlock");
}

TEST_CASE("warnings are output lines marked as warnings") {
    Builder b;
    b.add(EventKind::ScriptStarted);
    b.next(EventKind::Warning).text = "RuntimeWarning: coroutine 'f' was never awaited";
    b.e.line = 4;
    const Snapshot& s = b.add();
    REQUIRE(s.output.size() == 1);
    CHECK(s.output[0].warning);
    CHECK(s.output[0].stream == 2);
    CHECK(s.output[0].line == 4);
    CHECK_FALSE(s.output[0].error);
}
