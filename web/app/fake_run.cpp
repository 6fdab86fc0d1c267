// fake_run.cpp - a RunDriver over a made-up trace: main() gathers N workers that print, sleep
// and return. No interpreter: it lets the panels be developed and measured on a known trace,
// and rebuilds Snapshots by replaying events (a small version of what the session does).
#include "run_driver.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace loopscope {
namespace {

using session::Snapshot;
using session::TaskState;
using session::TaskView;
using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

std::vector<TraceEvent> make_trace(int workers) {
    std::vector<TraceEvent> ev;
    auto add = [&](EventKind k, double t, int32_t task) -> TraceEvent& {
        TraceEvent e;
        e.seq = ev.size();
        e.kind = k;
        e.time = t;
        e.task = task;
        ev.push_back(e);
        return ev.back();
    };
    int32_t handle = 0;
    add(EventKind::ScriptStarted, 0, 0);
    add(EventKind::LoopStarted, 0, 0);
    TraceEvent& m = add(EventKind::TaskCreated, 0, 1);
    m.name = "Task-1";
    m.text = "main";
    add(EventKind::HandleScheduled, 0, 1).handle = ++handle;
    add(EventKind::HandleRun, 0, 1).handle = handle;
    add(EventKind::TaskStep, 0, 1).line = 12;
    std::vector<int32_t> ids;
    for (int i = 0; i < workers; ++i) {
        const int32_t id = 2 + i;
        ids.push_back(id);
        TraceEvent& c = add(EventKind::TaskCreated, 0, id);
        c.parent = 1;
        c.name = "worker-" + std::to_string(i + 1);
        c.text = "worker";
        c.line = 13;
        add(EventKind::HandleScheduled, 0, id).handle = ++handle;
    }
    TraceEvent& q = add(EventKind::PrimitiveState, 0, 1);
    q.object = 1;
    q.prim = trace::PrimKind::Queue;
    q.name = "Queue#1";
    q.text = "0 items";
    q.value = 0;
    q.value2 = 3;
    TraceEvent& s = add(EventKind::TaskSuspended, 0, 1);
    s.wait.kind = WaitKind::Gather;
    s.wait.tasks = ids;
    s.wait.detail = "gather(" + std::to_string(workers) + " tasks)";
    s.line = 14;
    s.stack.push_back({"main", "main.py", 14, {{"n", std::to_string(workers)}}});
    std::vector<std::pair<double, int32_t>> wake;
    for (int32_t id : ids) {
        add(EventKind::HandleRun, 0, id);
        add(EventKind::TaskStep, 0, id).line = 5;
        TraceEvent& o = add(EventKind::Output, 0, id);
        o.text = "start worker-" + std::to_string(id - 1);
        o.stream = 1;
        o.line = 5;
        const double d = 0.5 * (1 + (id % 3));
        TraceEvent& tm = add(EventKind::TimerScheduled, 0, id);
        tm.handle = ++handle;
        tm.value = d;
        TraceEvent& w = add(EventKind::TaskSuspended, 0, id);
        w.wait.kind = WaitKind::Sleep;
        w.wait.until = d;
        w.wait.handle = handle;
        char buf[32];
        std::snprintf(buf, sizeof buf, "sleep(%.1f)", d);
        w.wait.detail = buf;
        w.line = 6;
        w.stack.push_back({"worker", "main.py", 6, {{"delay", buf + 6}}});
        wake.push_back({d, id});
    }
    std::stable_sort(wake.begin(), wake.end());
    double now = 0;
    for (auto [t, id] : wake) {
        if (t > now) {
            add(EventKind::ClockJump, t, 0).value = now;
            now = t;
        }
        add(EventKind::TimerFired, t, id);
        add(EventKind::HandleScheduled, t, id).handle = ++handle;
        add(EventKind::HandleRun, t, id).handle = handle;
        add(EventKind::TaskStep, t, id).line = 7;
        TraceEvent& o = add(EventKind::Output, t, id);
        o.text = "done worker-" + std::to_string(id - 1);
        o.stream = 1;
        o.line = 7;
        add(EventKind::TaskFinished, t, id).text = "'w" + std::to_string(id - 1) + "'";
    }
    add(EventKind::HandleScheduled, now, 1).handle = ++handle;
    add(EventKind::HandleRun, now, 1).handle = handle;
    add(EventKind::TaskStep, now, 1).line = 15;
    add(EventKind::TaskFinished, now, 1).text = "None";
    add(EventKind::LoopStopped, now, 0);
    add(EventKind::ScriptFinished, now, 0);
    return ev;
}

class FakeDriver final : public RunDriver {
public:
    explicit FakeDriver(int tasks) : tasks_(tasks) {}

    bool load(std::string_view) override {
        trace_ = make_trace(tasks_);
        recorded_ = 1;
        cursor_ = 0;
        goal_ = Goal::None;
        dirty_ = true;
        return true;
    }
    std::string compile_error() const override { return ""; }
    int32_t compile_error_line() const override { return 0; }
    const SyntaxErrorInfo* syntax_error() const override { return nullptr; }
    void run() override { goal_ = Goal::Run; }
    void pause() override { goal_ = Goal::None; }
    void step_event() override { goal_ = Goal::Step; }
    void step_line() override { goal_ = Goal::Step; }
    void step_back_event() override { seek(cursor_ ? cursor_ - 1 : 0); }
    void step_back_line() override { step_back_event(); }
    void seek(uint64_t i) override {
        cursor_ = std::min<uint64_t>(i, recorded_ ? recorded_ - 1 : 0);
        dirty_ = true;
    }
    void reset() override { seek(0); }
    void stop() override { goal_ = Goal::None; }
    bool tick(int64_t budget) override {
        if (goal_ == Goal::None) return false;
        // One interpreter tick per 50 budget units: enough to see slicing work.
        int64_t n = std::max<int64_t>(1, budget / 50);
        const uint64_t before = cursor_;
        while (n-- > 0 && cursor_ + 1 < trace_.size()) {
            ++cursor_;
            recorded_ = std::max(recorded_, cursor_ + 1);
            if (goal_ == Goal::Step) {
                goal_ = Goal::None;
                break;
            }
        }
        if (cursor_ + 1 >= trace_.size()) goal_ = Goal::None;
        dirty_ = dirty_ || cursor_ != before;
        return cursor_ != before;
    }
    bool busy() const override { return goal_ != Goal::None; }
    const Snapshot& snapshot() override {
        if (dirty_) rebuild();
        return snap_;
    }
    uint64_t cursor() const override { return cursor_; }
    uint64_t recorded() const override { return recorded_; }
    bool program_finished() const override { return recorded_ == trace_.size(); }
    const TraceEvent& event(uint64_t i) const override { return trace_[i]; }
    std::set<int32_t>& breakpoints() override { return breakpoints_; }

private:
    enum class Goal { None, Run, Step };

    TaskView* task(int32_t id) {
        for (TaskView& t : snap_.tasks) {
            if (t.id == id) return &t;
        }
        return nullptr;
    }

    void rebuild() {
        dirty_ = false;
        snap_ = Snapshot();
        snap_.event = cursor_;
        snap_.events = recorded_;
        for (uint64_t i = 0; i <= cursor_ && i < trace_.size(); ++i) {
            const TraceEvent& e = trace_[i];
            snap_.clock = e.time;
            TaskView* t = task(e.task);
            switch (e.kind) {
                case EventKind::TaskCreated: {
                    TaskView v;
                    v.id = e.task;
                    v.name = e.name;
                    v.coro = e.text;
                    v.parent = e.parent;
                    v.created = e.time;
                    snap_.tasks.push_back(v);
                    snap_.narration = e.name + " created";
                    break;
                }
                case EventKind::HandleScheduled:
                    snap_.ready.push_back({e.handle, e.task, "step " + (t ? t->name : "")});
                    if (t && t->state == TaskState::Waiting) t->state = TaskState::Ready;
                    break;
                case EventKind::HandleRun:
                    if (!snap_.ready.empty()) snap_.ready.erase(snap_.ready.begin());
                    break;
                case EventKind::TaskStep:
                    if (t) {
                        t->state = TaskState::Running;
                        snap_.current_task = t->id;
                        snap_.narration = t->name + " runs";
                    }
                    break;
                case EventKind::TaskSuspended:
                    if (t) {
                        t->state = TaskState::Waiting;
                        t->wait = e.wait;
                        t->stack = e.stack;
                        snap_.current_task = 0;
                        snap_.narration = t->name + " awaits " + e.wait.detail;
                        if (e.wait.until >= 0) {
                            char buf[40];
                            std::snprintf(buf, sizeof buf, ", wakes at t=%.3f", e.wait.until);
                            snap_.narration += buf;
                        }
                    }
                    break;
                case EventKind::TimerScheduled:
                    snap_.timers.push_back({e.handle, e.value, e.task, "wake " + t->name, false});
                    std::stable_sort(snap_.timers.begin(), snap_.timers.end(),
                                     [](auto& a, auto& b) { return a.when < b.when; });
                    break;
                case EventKind::TimerFired:
                    if (!snap_.timers.empty()) snap_.timers.erase(snap_.timers.begin());
                    break;
                case EventKind::ClockJump: {
                    char buf[64];
                    std::snprintf(buf, sizeof buf, "nothing ready: the clock jumps to t=%.3f",
                                  e.time);
                    snap_.narration = buf;
                    break;
                }
                case EventKind::TaskFinished:
                    if (t) {
                        t->state = TaskState::Done;
                        t->result = e.text;
                        t->finished = e.time;
                        t->wait = {};
                        snap_.current_task = 0;
                        snap_.narration = t->name + " returned " + e.text;
                    }
                    break;
                case EventKind::PrimitiveState: {
                    session::PrimitiveView p;
                    p.id = e.object;
                    p.kind = e.prim;
                    p.name = e.name;
                    p.state = e.text;
                    p.size = static_cast<int32_t>(e.value);
                    p.maxsize = static_cast<int32_t>(e.value2);
                    snap_.primitives.push_back(p);
                    break;
                }
                case EventKind::Output:
                    snap_.output.push_back({e.time, e.stream, e.text, e.line, e.task});
                    break;
                case EventKind::ScriptFinished:
                    snap_.finished = true;
                    snap_.narration = "the program finished";
                    break;
                default: break;
            }
            if (e.line) snap_.line = e.line;
        }
    }

    int tasks_;
    std::vector<TraceEvent> trace_;
    uint64_t recorded_ = 0, cursor_ = 0;
    Goal goal_ = Goal::None;
    bool dirty_ = true;
    Snapshot snap_;
    std::set<int32_t> breakpoints_;
};

} // namespace

std::unique_ptr<RunDriver> make_fake_driver(int tasks) {
    return std::make_unique<FakeDriver>(tasks);
}

} // namespace loopscope
