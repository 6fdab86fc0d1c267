#include "model/timeline/timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace loopscope::ui::timeline {

using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

namespace {

// Per-task bookkeeping while walking the trace; the state lives in the Layout itself.
struct Builder {
    Layout& out;

    int lane(int32_t task) const {
        const auto it = out.lane_of.find(task);
        return it == out.lane_of.end() ? -1 : it->second;
    }

    int add_lane(int32_t task, double x) {
        const int existing = lane(task);
        if (existing >= 0) return existing;
        Lane l;
        l.task = task;
        l.label = "Task-" + std::to_string(task);
        l.start = l.end = x;
        out.lanes.push_back(std::move(l));
        out.open.push_back(-1);
        out.requeued.push_back(0);
        out.lane_spans.emplace_back();
        out.lane_markers.emplace_back();
        const int index = static_cast<int>(out.lanes.size()) - 1;
        out.lane_of[task] = index;
        return index;
    }

    // Ends the lane's open span at (x, t), closed by `event`.
    void close(int lane, double x, double t, uint64_t event) {
        int& open = out.open[static_cast<size_t>(lane)];
        if (open < 0) return;
        Span& s = out.spans[static_cast<size_t>(open)];
        s.x1 = std::max(x, s.x0);
        s.t1 = std::max(t, s.t0);
        s.event1 = event;
        open = -1;
    }

    void start(int lane, SpanKind kind, Reason reason, double x, double t, uint64_t event,
               std::string label) {
        close(lane, x, t, event);
        Span s;
        s.lane = lane;
        s.kind = kind;
        s.reason = reason;
        s.x0 = s.x1 = x;
        s.t0 = s.t1 = t;
        s.event0 = s.event1 = event;
        s.label = std::move(label);
        out.open[static_cast<size_t>(lane)] = static_cast<int>(out.spans.size());
        out.lane_spans[static_cast<size_t>(lane)].push_back(static_cast<int>(out.spans.size()));
        out.spans.push_back(std::move(s));
    }

    Span* open_span(int lane) {
        const int i = out.open[static_cast<size_t>(lane)];
        return i < 0 ? nullptr : &out.spans[static_cast<size_t>(i)];
    }

    void marker(int lane, MarkerKind kind, double x, double t, uint64_t event, std::string label) {
        Marker m;
        m.lane = lane;
        m.kind = kind;
        m.x = x;
        m.t = t;
        m.event = event;
        m.label = std::move(label);
        out.lane_markers[static_cast<size_t>(lane)].push_back(static_cast<int>(out.markers.size()));
        out.markers.push_back(std::move(m));
    }

    void link(int from, int32_t to_task, double x, uint64_t event) {
        const int to = lane(to_task);
        if (from < 0 || to < 0 || from == to) return;
        out.links.push_back(Link{from, to, x, event});
    }
};

std::string wait_label(const trace::WaitInfo& w) {
    if (!w.detail.empty()) return w.detail;
    switch (w.kind) {
        case WaitKind::Sleep: return "sleep";
        case WaitKind::Task: return "await Task-" + std::to_string(w.task);
        case WaitKind::Gather: return "gather";
        case WaitKind::Wait: return "asyncio.wait";
        case WaitKind::WaitFor: return "wait_for";
        case WaitKind::QueueGet: return "queue.get()";
        case WaitKind::QueuePut: return "queue.put()";
        case WaitKind::QueueJoin: return "queue.join()";
        case WaitKind::Lock: return "lock.acquire()";
        case WaitKind::Event: return "event.wait()";
        case WaitKind::Semaphore: return "semaphore.acquire()";
        case WaitKind::Condition: return "condition.wait()";
        case WaitKind::Barrier: return "barrier.wait()";
        case WaitKind::Thread: return "thread";
        case WaitKind::TaskGroup: return "TaskGroup";
        case WaitKind::Future: return "future";
        default: return "waiting";
    }
}

} // namespace

Reason reason_of(WaitKind k) {
    switch (k) {
        case WaitKind::Sleep: return Reason::Sleep;
        case WaitKind::Task:
        case WaitKind::Gather:
        case WaitKind::Wait:
        case WaitKind::TaskGroup: return Reason::Task;
        case WaitKind::QueueGet:
        case WaitKind::QueuePut:
        case WaitKind::QueueJoin: return Reason::Queue;
        case WaitKind::Lock:
        case WaitKind::Event:
        case WaitKind::Semaphore:
        case WaitKind::Condition:
        case WaitKind::Barrier: return Reason::Sync;
        case WaitKind::WaitFor: return Reason::Timeout;
        case WaitKind::Network:
        case WaitKind::File:
        case WaitKind::Database: return Reason::World;
        default: return Reason::Other;
    }
}

uint64_t index_of_seq(const Events& events, uint64_t seq) {
    const auto it = std::upper_bound(events.begin(), events.end(), seq,
                                     [](uint64_t s, const TraceEvent& e) { return s < e.seq; });
    return it == events.begin() ? 0 : static_cast<uint64_t>(it - events.begin()) - 1;
}

double event_x(const Events& events, Axis axis, uint64_t index) {
    if (events.empty()) return 0.0;
    const TraceEvent& e = events[std::min<uint64_t>(index, events.size() - 1)];
    return axis == Axis::Steps ? static_cast<double>(e.seq) : e.time;
}

void index_items(Layout& layout) {
    size_t lanes = layout.lanes.size();
    for (const Span& s : layout.spans) lanes = std::max(lanes, static_cast<size_t>(s.lane) + 1);
    for (const Marker& m : layout.markers) lanes = std::max(lanes, static_cast<size_t>(m.lane) + 1);
    layout.lane_spans.assign(lanes, {});
    layout.lane_markers.assign(lanes, {});
    for (size_t i = 0; i < layout.spans.size(); ++i)
        layout.lane_spans[static_cast<size_t>(layout.spans[i].lane)].push_back(static_cast<int>(i));
    for (size_t i = 0; i < layout.markers.size(); ++i)
        layout.lane_markers[static_cast<size_t>(layout.markers[i].lane)].push_back(
            static_cast<int>(i));
}

bool draws(EventKind kind) {
    switch (kind) {
        case EventKind::TaskCreated:
        case EventKind::TaskRenamed:
        case EventKind::HandleScheduled:
        case EventKind::TaskStep:
        case EventKind::LoopBlocked:
        case EventKind::BlockingSleep:
        case EventKind::TaskSuspended:
        case EventKind::TaskFinished:
        case EventKind::TaskFailed:
        case EventKind::TaskCancelled:
        case EventKind::Output: return true;
        default: return false;
    }
}

Layout build(const Events& events, Axis axis, uint64_t count) {
    Layout out;
    out.axis = axis;
    extend(out, events, count);
    return out;
}

void extend(Layout& out, const Events& events, uint64_t count) {
    count = std::min<uint64_t>(count, events.size());
    if (count <= out.events) return;
    const Axis axis = out.axis;
    Builder b{out};
    double x = 0.0, t = 0.0;
    for (uint64_t i = out.events; i < count; ++i) {
        const TraceEvent& e = events[i];
        x = axis == Axis::Time ? e.time : static_cast<double>(e.seq);
        t = e.time;
        const int lane = b.lane(e.task);
        switch (e.kind) {
            case EventKind::TaskCreated: {
                const int l = b.add_lane(e.task, x);
                if (!e.name.empty()) out.lanes[static_cast<size_t>(l)].label = e.name;
                out.lanes[static_cast<size_t>(l)].coro = e.text;
                b.start(l, SpanKind::Ready, Reason::Ready, x, t, e.seq, "created, not started yet");
                break;
            }
            case EventKind::TaskRenamed:
                if (lane >= 0) out.lanes[static_cast<size_t>(lane)].label = e.name;
                break;
            case EventKind::HandleScheduled:
                // A waiting task woken: from now on it is only waiting for its turn. A task
                // scheduled while it still runs (sleep(0), an awaited future already done) is
                // ready as soon as it suspends.
                if (lane >= 0 && e.task != 0) {
                    const Span* o = b.open_span(lane);
                    if (!o || o->kind == SpanKind::Waiting) {
                        b.start(lane, SpanKind::Ready, Reason::Ready, x, t, e.seq,
                                "ready: in the ready queue");
                    } else if (o->kind == SpanKind::Running || o->kind == SpanKind::Blocking) {
                        out.requeued[static_cast<size_t>(lane)] = 1;
                    }
                }
                break;
            case EventKind::TaskStep:
                if (lane >= 0) {
                    out.requeued[static_cast<size_t>(lane)] = 0;
                    b.start(lane, SpanKind::Running, Reason::Running, x, t, e.seq,
                            e.text.empty() ? "running" : "running (thrown in: " + e.text + ")");
                    b.marker(lane, MarkerKind::Step, x, t, e.seq,
                             e.text.empty() ? "step" : "step with " + e.text);
                }
                break;
            case EventKind::LoopBlocked:
            case EventKind::BlockingSleep:
                if (lane >= 0) {
                    Span* o = b.open_span(lane);
                    if (o && o->kind == SpanKind::Running) {
                        o->kind = SpanKind::Blocking;
                        o->reason = Reason::Blocking;
                        o->label = e.kind != EventKind::BlockingSleep
                                       ? "blocking the event loop (no await)"
                                   : e.text.empty()
                                       ? "blocking: time.sleep() stops the whole loop"
                                       : "blocking: " + e.text + " stops the whole loop";
                    }
                    b.marker(lane, MarkerKind::Blocked, x, t, e.seq,
                             e.kind != EventKind::BlockingSleep ? "blocks the event loop"
                             : e.text.empty()                   ? "time.sleep() blocks the loop"
                                                                : e.text + " blocks the loop");
                }
                break;
            case EventKind::TaskSuspended:
                if (lane >= 0 && out.requeued[static_cast<size_t>(lane)]) {
                    out.requeued[static_cast<size_t>(lane)] = 0;
                    b.start(lane, SpanKind::Ready, Reason::Ready, x, t, e.seq,
                            "ready: " + wait_label(e.wait));
                } else if (lane >= 0) {
                    b.start(lane, SpanKind::Waiting, reason_of(e.wait.kind), x, t, e.seq,
                            wait_label(e.wait));
                    if (e.wait.task != 0) b.link(lane, e.wait.task, x, e.seq);
                    for (int32_t other : e.wait.tasks) b.link(lane, other, x, e.seq);
                }
                break;
            case EventKind::TaskFinished:
            case EventKind::TaskFailed:
            case EventKind::TaskCancelled:
                if (lane >= 0) {
                    b.close(lane, x, t, e.seq);
                    out.lanes[static_cast<size_t>(lane)].end = x;
                    const MarkerKind mk = e.kind == EventKind::TaskFinished ? MarkerKind::Finished
                                          : e.kind == EventKind::TaskFailed ? MarkerKind::Failed
                                                                            : MarkerKind::Cancelled;
                    const char* word = mk == MarkerKind::Finished ? "returned "
                                       : mk == MarkerKind::Failed ? "raised "
                                                                  : "cancelled ";
                    b.marker(lane, mk, x, t, e.seq, word + e.text);
                }
                break;
            case EventKind::Output:
                if (lane >= 0) b.marker(lane, MarkerKind::Output, x, t, e.seq, e.text);
                break;
            default: break;
        }
    }
    out.events = count;
    // Whatever is still open reaches the end of the recording (for now: a later extend() moves
    // it on, or closes it where it really ends).
    const uint64_t last = events[count - 1].seq;
    for (size_t l = 0; l < out.open.size(); ++l) {
        const int open = out.open[l];
        if (open < 0) continue;
        Span& s = out.spans[static_cast<size_t>(open)];
        s.x1 = std::max(x, s.x0);
        s.t1 = std::max(t, s.t0);
        s.event1 = last;
        out.lanes[l].end = x;
    }
    out.x_min = event_x(events, axis, 0);
    out.x_max = x;
}

// ---- palette and legend ----

unsigned palette(Reason r) {
    // Okabe & Ito (2008), "Color Universal Design": distinguishable with every common
    // colour-vision deficiency.
    switch (r) {
        case Reason::Running: return 0x009E73;  // bluish green
        case Reason::Ready: return 0xB8B8B8;    // light grey
        case Reason::Sleep: return 0x56B4E9;    // sky blue
        case Reason::Task: return 0xE69F00;     // orange
        case Reason::Queue: return 0x0072B2;    // blue
        case Reason::Sync: return 0xCC79A7;     // reddish purple
        case Reason::Timeout: return 0xF0E442;  // yellow
        case Reason::Other: return 0x7A7A7A;    // grey
        case Reason::Blocking: return 0xD55E00; // vermillion
        case Reason::World: return 0x8C5A3C;    // brown: darker than orange, warmer than grey
    }
    return 0x7A7A7A;
}

const char* reason_name(Reason r) {
    switch (r) {
        case Reason::Running: return "running";
        case Reason::Ready: return "ready";
        case Reason::Sleep: return "sleep";
        case Reason::Task: return "awaits task";
        case Reason::Queue: return "queue";
        case Reason::Sync: return "lock / event";
        case Reason::Timeout: return "timeout";
        case Reason::Other: return "other";
        case Reason::Blocking: return "blocking";
        case Reason::World: return "network / files";
    }
    return "?";
}

const char* reason_help(Reason r) {
    switch (r) {
        case Reason::Running: return "The task's code is executing. Only one task runs at a time.";
        case Reason::Ready:
            return "Woken up (or just created) and queued in the ready queue: it runs when the "
                   "loop gets to it.";
        case Reason::Sleep: return "Suspended in asyncio.sleep(): a timer will wake it.";
        case Reason::Task:
            return "Waiting for other tasks: await task, gather(), asyncio.wait(), a TaskGroup.";
        case Reason::Queue:
            return "Waiting on an asyncio.Queue: get() on an empty queue, put() "
                   "on a full one, or join().";
        case Reason::Sync: return "Waiting on a Lock, Event, Semaphore, Condition or Barrier.";
        case Reason::Timeout: return "Waiting under wait_for() / timeout(): with a deadline.";
        case Reason::Other: return "Waiting on a plain Future or something else.";
        case Reason::World:
            return "Waiting on the simulated world: an HTTP request, a stream, a file or the "
                   "database. The bar's label names the URL, path or key.";
        case Reason::Blocking:
            return "Running without awaiting for a long time (or in time.sleep()): no other "
                   "task can run meanwhile. This is the bug asyncio lessons warn about.";
    }
    return "";
}

double tick_step(double range, int target) {
    if (range <= 0.0 || target <= 0) return 1.0;
    const double raw = range / target;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = norm < 1.5 ? 1.0 : norm < 3.5 ? 2.0 : norm < 7.5 ? 5.0 : 10.0;
    return step * mag;
}

} // namespace loopscope::ui::timeline
