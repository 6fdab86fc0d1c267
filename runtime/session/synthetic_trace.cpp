// synthetic_trace.cpp - see synthetic_trace.h. A tiny simulation of an event loop: a ready
// queue of handles, a timer list, and tasks that take one of four actions per step.
#include "session/synthetic_trace.h"

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

namespace loopscope::session {

using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

namespace {

struct Sim {
    explicit Sim(Recording& o) : out(o) {}
    Recording& out;
    double clock = 0.0;
    int32_t next_handle = 1;
    struct H {
        int32_t handle, task;
    };
    std::deque<H> ready;
    struct T {
        double when;
        int32_t handle, task;
    };
    std::vector<T> timers;
    std::vector<int> steps; // per task id
    int queued = 0;

    TraceEvent ev(EventKind k, int32_t task = 0, int32_t line = 0) {
        TraceEvent e;
        e.kind = k;
        e.time = clock;
        e.task = task;
        e.line = line;
        return e;
    }
    void add(TraceEvent e) { out.add(e); }
    void schedule(int32_t task, const std::string& what) {
        TraceEvent e = ev(EventKind::HandleScheduled, task);
        e.handle = next_handle++;
        e.text = what;
        ready.push_back({e.handle, task});
        add(std::move(e));
    }
    std::vector<trace::FrameInfo> stack(int32_t task, int line) {
        int n = steps[task];
        std::vector<trace::FrameInfo> s(2);
        s[0].function = "worker";
        s[0].file = "main.py";
        s[0].line = line;
        s[0].locals = {{"name", "'w" + std::to_string(task) + "'"},
                       {"i", std::to_string(n)},
                       {"total", std::to_string(n * (n + 1) / 2)}};
        s[1].function = "step";
        s[1].file = "main.py";
        s[1].line = 4;
        s[1].locals = {{"x", std::to_string(n % 7)}};
        return s;
    }
    void prim(int32_t object, trace::PrimKind kind, const std::string& name,
              const std::string& state, double size) {
        TraceEvent e = ev(EventKind::PrimitiveState);
        e.object = object;
        e.prim = kind;
        e.name = name;
        e.text = state;
        e.value = size;
        e.value2 = kind == trace::PrimKind::Queue ? 0 : -1;
        add(std::move(e));
    }
    void suspend(int32_t task, WaitKind kind, int32_t object, double until, int32_t handle,
                 const char* detail, int line) {
        TraceEvent e = ev(EventKind::TaskSuspended, task, line);
        e.wait.kind = kind;
        e.wait.object = object;
        e.wait.until = until;
        e.wait.handle = handle;
        e.wait.detail = detail;
        e.stack = stack(task, line);
        add(std::move(e));
    }
    void step(int32_t task) {
        add(ev(EventKind::TaskStep, task));
        int n = steps[task]++;
        for (int l = 10; l < 13; ++l) out.add_line(clock, task, l, 1);
        switch (n % 4) {
            case 0: {
                TraceEvent o = ev(EventKind::Output, task, 12);
                o.stream = 1;
                o.text = "worker " + std::to_string(task) + " step " + std::to_string(n);
                add(std::move(o));
                suspend(task, WaitKind::Lock, 2, -1, 0, "lock.acquire()", 13);
                prim(2, trace::PrimKind::Lock, "Lock#2", "locked", -1);
                schedule(task, "wake up w" + std::to_string(task));
                break;
            }
            case 1:
                ++queued;
                prim(1, trace::PrimKind::Queue, "Queue#1", std::to_string(queued) + " items",
                     queued);
                [[fallthrough]];
            case 2: {
                double when = clock + 0.25 * (1 + task % 3);
                TraceEvent t = ev(EventKind::TimerScheduled, task, 14);
                t.handle = next_handle++;
                t.value = when;
                t.text = "_set_result_unless_cancelled";
                timers.push_back({when, t.handle, task});
                int32_t h = t.handle;
                add(std::move(t));
                suspend(task, WaitKind::Sleep, 0, when, h, "sleep()", 14);
                break;
            }
            case 3:
                if (queued > 0) --queued;
                prim(1, trace::PrimKind::Queue, "Queue#1", std::to_string(queued) + " items",
                     queued);
                suspend(task, WaitKind::QueueGet, 1, -1, 0, "queue.get()", 15);
                schedule(task, "wake up w" + std::to_string(task));
                break;
        }
    }
};

} // namespace

void make_synthetic_trace(Recording& out, uint64_t events, int workers) {
    Sim s(out);
    s.steps.assign(static_cast<size_t>(workers) + 2, 0);
    const uint64_t start = out.size();
    s.add(s.ev(EventKind::ScriptStarted));
    for (int32_t t = 1; t <= workers; ++t) {
        TraceEvent e = s.ev(EventKind::TaskCreated, t, 20);
        e.name = "w" + std::to_string(t);
        e.text = "worker";
        s.add(std::move(e));
        s.schedule(t, "step w" + std::to_string(t));
    }
    s.add(s.ev(EventKind::LoopStarted));
    while (out.size() - start + 2 < events) {
        if (s.ready.empty()) {
            auto it = std::min_element(
                s.timers.begin(), s.timers.end(), [](const Sim::T& a, const Sim::T& b) {
                    return a.when < b.when || (a.when == b.when && a.handle < b.handle);
                });
            Sim::T t = *it;
            s.timers.erase(it);
            if (t.when > s.clock) {
                TraceEvent j = s.ev(EventKind::ClockJump);
                j.value = s.clock;
                s.clock = t.when;
                j.time = s.clock;
                s.add(std::move(j));
            }
            TraceEvent f = s.ev(EventKind::TimerFired, 0);
            f.handle = t.handle;
            f.value = t.when;
            s.add(std::move(f));
            s.ready.push_back({t.handle, -t.task}); // a callback that wakes task
            continue;
        }
        Sim::H h = s.ready.front();
        s.ready.pop_front();
        TraceEvent r = s.ev(EventKind::HandleRun, h.task > 0 ? h.task : 0);
        r.handle = h.handle;
        s.add(std::move(r));
        if (h.task < 0)
            s.schedule(-h.task, "wake up w" + std::to_string(-h.task));
        else
            s.step(h.task);
    }
    for (int32_t t = 1; t <= workers; ++t) {
        TraceEvent c = s.ev(EventKind::TaskCancelled, t);
        c.text = "";
        s.add(std::move(c));
    }
    s.add(s.ev(EventKind::ScriptFinished));
}

} // namespace loopscope::session
