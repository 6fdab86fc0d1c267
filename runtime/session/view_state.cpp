// view_state.cpp - see view_state.h. Every rule here reads only the event being applied and
// the model, never the interpreter.
#include "session/view_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope::session {

using trace::EventKind;
using trace::PrimKind;
using trace::TraceStore;
using trace::WaitKind;

namespace {

using Ready = ViewModel::Ready;
using Timer = ViewModel::Timer;
using Prim = ViewModel::Prim;
using TimerAt = ViewModel::TimerAt;

bool is_ready(const ViewModel& m, int32_t handle) {
    if (SharedBits::indexable(handle)) return m.in_ready.test(static_cast<size_t>(handle));
    return m.ready.any([handle](const Ready& r) { return r.handle == handle; });
}

void push_ready(ViewModel& m, const Ready& r) {
    m.ready.push_back(r);
    if (SharedBits::indexable(r.handle)) m.in_ready.set(static_cast<size_t>(r.handle), true);
}

// Remove `handle` from the ready queue (normally its front); its description, or 0.
uint32_t remove_ready(ViewModel& m, int32_t handle) {
    if (!is_ready(m, handle)) return 0;
    if (SharedBits::indexable(handle)) m.in_ready.set(static_cast<size_t>(handle), false);
    Ready r;
    return m.ready.erase_first([handle](const Ready& x) { return x.handle == handle; }, &r) ? r.what
                                                                                            : 0;
}

bool timer_indexable(int32_t h) {
    return decltype(ViewModel::timer_at)::indexable(h);
}

// Timers are in (when, handle) order, a NaN deadline after every number: a total order, so that
// the chunk where a timer is (or goes) is found by a binary search (SharedSeq::skip).
bool timer_before(double a_when, int32_t a_handle, double b_when, int32_t b_handle) {
    const bool a_nan = std::isnan(a_when), b_nan = std::isnan(b_when);
    if (a_nan != b_nan) return b_nan;
    if (!a_nan && a_when != b_when) return a_when < b_when;
    return a_handle < b_handle;
}

// The timer with handle h: its position is found from when it was set for, so only the chunks
// before it are skipped, not scanned. Handles that were
// never timers are not looked for; handles past SharedArray's limit are scanned for.
Timer* find_timer(ViewModel& m, int32_t h) {
    if (!timer_indexable(h))
        return m.timers.find_mut([h](const Timer& x) { return x.handle == h; });
    const ViewModel::TimerAt at = m.timer_at.get(static_cast<size_t>(h));
    if (!at.set) return nullptr;
    return m.timers.find_mut_after(
        [&](const Timer& b) { return timer_before(b.when, b.handle, at.when, h); },
        [h](const Timer& x) { return x.handle == h; });
}

bool erase_timer(ViewModel& m, int32_t h, Timer* out) {
    if (!timer_indexable(h))
        return m.timers.erase_first([h](const Timer& x) { return x.handle == h; }, out);
    const ViewModel::TimerAt at = m.timer_at.get(static_cast<size_t>(h));
    if (!at.set) return false;
    return m.timers.erase_first_after(
        [&](const Timer& b) { return timer_before(b.when, b.handle, at.when, h); },
        [h](const Timer& x) { return x.handle == h; }, out);
}

// A cancelled timer leaves CPython's heap when it reaches the top (BaseEventLoop._run_once);
// here when the clock passes its deadline, unless an event removed it before. (Sorted by
// deadline: only the timers due by `now` are looked at.)
void drop_cancelled_timers(SharedSeq<Timer>& timers, double now) {
    timers.erase_if([](const Timer& t) { return t.cancelled; },
                    [now](const Timer& t) { return t.when > now; });
}

// Take `task` out of the waiters and putters of the primitives. `t` is the task when the model
// knows it: then only the primitive it waits on (wait_prim) is looked at, not every waiter of
// every primitive.
void remove_waiter(SharedSeq<Prim>& prims, int32_t task, ModelTask* t) {
    auto is_task = [task](int32_t w) { return w == task; };
    if (t) {
        if (t->wait_prim == 0) return;
        const int32_t id = t->wait_prim;
        t->wait_prim = 0;
        if (Prim* p = prims.find_mut([id](const Prim& x) { return x.id == id; })) {
            p->waiters.erase_first(is_task);
            p->putters.erase_first(is_task);
        }
        return;
    }
    prims.update_if([&](const Prim& p) { return p.waiters.any(is_task) || p.putters.any(is_task); },
                    [&](Prim& p) {
                        p.waiters.erase_if(is_task);
                        p.putters.erase_if(is_task);
                    });
}

Prim& prim_slot(SharedSeq<Prim>& prims, int32_t id, PrimKind kind) {
    if (Prim* p = prims.find_mut([id](const Prim& x) { return x.id == id; })) return *p;
    Prim p;
    p.id = id;
    p.kind = kind;
    prims.insert_before_first(p, [id](const Prim& x) { return x.id > id; });
    return *prims.find_mut([id](const Prim& x) { return x.id == id; });
}

} // namespace

// ---- TaskList ----

ModelTask& TaskList::mut(size_t i) {
    std::shared_ptr<Chunk>& c = chunks_[i / kChunk];
    if (c.use_count() > 1) {
        auto own = std::make_shared<Chunk>();
        own->reserve(kChunk);
        own->assign(c->begin(), c->end());
        c = std::move(own);
    }
    return (*c)[i % kChunk];
}

void TaskList::push_back(const ModelTask& t) {
    if (size_ % kChunk == 0) {
        chunks_.push_back(std::make_shared<Chunk>());
        chunks_.back()->reserve(kChunk);
    } else if (chunks_.back().use_count() > 1) {
        mut(size_ - 1); // own the last chunk before growing it
    }
    chunks_.back()->push_back(t);
    ++size_;
}

void TaskList::insert(size_t pos, const ModelTask& t) {
    push_back(t);
    for (size_t k = size_ - 1; k > pos; --k) {
        const ModelTask prev = (*this)[k - 1];
        mut(k) = prev;
    }
    mut(pos) = t;
}

void TaskList::clear() {
    chunks_.clear();
    size_ = 0;
}

// (A binary search, not a scan: every TaskCreated looks up a task that is not there yet, and a
// scan made recording 100,000 tasks quadratic. Ids are mostly 1, 2, 3... in order.)
int64_t TaskList::search(int32_t id) const {
    size_t lo = 0, hi = size_;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if ((*this)[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < size_ && (*this)[lo].id == id ? static_cast<int64_t>(lo) : -1;
}

size_t TaskList::memory_bytes(bool count_chunks) const {
    size_t n = chunks_.capacity() * sizeof(chunks_[0]);
    if (count_chunks) n += chunks_.size() * kChunk * sizeof(ModelTask);
    return n;
}

// ---- ViewModel ----

const ViewModel::Task* ViewModel::find_task(int32_t id) const {
    const int64_t k = tasks.index_of(id);
    return k < 0 ? nullptr : &tasks[static_cast<size_t>(k)];
}

void ViewModel::apply(const TraceStore& s) {
    const uint64_t i = applied++;
    const EventKind kind = s.kind(i);
    const double t = s.time(i);
    const int32_t tid = s.task(i);
    clock = t;
    const int64_t task_at = tid != 0 ? tasks.index_of(tid) : -1;
    // The event's task, to change (copies its chunk if a checkpoint shares it), or null.
    auto task_mut = [&]() -> Task* {
        return task_at < 0 ? nullptr : &tasks.mut(static_cast<size_t>(task_at));
    };
    // Set or clear a task's `blocking`, keeping the count of tasks that have it.
    auto set_blocking = [this](Task& task, bool on) {
        if (task.blocking == on) return;
        task.blocking = on;
        if (on)
            ++blocking;
        else
            --blocking;
    };
    switch (kind) {
        case EventKind::Line:
            current_task = tid;
            line = s.line(i);
            if (task_at >= 0 && tasks[static_cast<size_t>(task_at)].line != line)
                task_mut()->line = line;
            break;
        case EventKind::ScriptStarted:
        case EventKind::LoopStarted:
        case EventKind::LoopStopped:
        case EventKind::CancelRequested:
        case EventKind::BlockingSleep:
        case EventKind::ThreadStarted:
        case EventKind::ThreadFinished: break;
        case EventKind::ScriptFinished:
            finished = true;
            error = s.text_id(i);
            current_task = 0;
            for (size_t k = 0; blocking != 0 && k < tasks.size(); ++k)
                if (tasks[k].blocking) set_blocking(tasks.mut(k), false);
            break;
        case EventKind::ClockJump: drop_cancelled_timers(timers, t); break;
        case EventKind::Deadlock: deadlock = true; break;
        case EventKind::TaskCreated: {
            Task n;
            n.id = tid;
            n.parent = s.parent(i);
            n.line = s.line(i);
            n.name = s.name_id(i);
            n.coro = s.text_id(i);
            n.created = t;
            if (tasks.empty() || tasks.back().id < tid) {
                tasks.push_back(n);
            } else if (task_at < 0) {
                size_t pos = 0;
                while (pos < tasks.size() && tasks[pos].id < tid) ++pos;
                tasks.insert(pos, n);
            }
            break;
        }
        case EventKind::TaskRenamed:
            if (Task* task = task_mut()) task->name = s.name_id(i);
            break;
        case EventKind::TaskStep:
            current_task = tid;
            if (Task* task = task_mut()) {
                task->state = TaskState::Running;
                set_blocking(*task, false);
            }
            // CPython's primitives drop their waiter future on resume
            remove_waiter(prims, tid, task_mut());
            break;
        case EventKind::TaskSuspended: {
            if (current_task == tid) current_task = 0;
            if (Task* task = task_mut()) {
                task->state = TaskState::Waiting;
                task->suspension = static_cast<uint32_t>(i);
                set_blocking(*task, false);
                if (s.line(i) != 0) task->line = s.line(i);
            }
            const WaitKind wk = s.wait_kind(i);
            const PrimKind pk = prim_of_wait(wk);
            if (pk != PrimKind::None) {
                trace::WaitInfo w;
                s.wait(i, w);
                if (w.object != 0) {
                    Task* task = task_mut();
                    if (task && task->wait_prim != w.object) remove_waiter(prims, tid, task);
                    Prim& p = prim_slot(prims, w.object, pk);
                    auto& list = (wk == WaitKind::QueuePut) ? p.putters : p.waiters;
                    if (!list.any([tid](int32_t w) { return w == tid; })) list.push_back(tid);
                    if (task) task->wait_prim = w.object;
                }
            }
            break;
        }
        case EventKind::TaskFinished:
        case EventKind::TaskFailed:
        case EventKind::TaskCancelled:
            if (current_task == tid) current_task = 0;
            if (Task* task = task_mut()) {
                task->state = kind == EventKind::TaskFinished ? TaskState::Done
                              : kind == EventKind::TaskFailed ? TaskState::Failed
                                                              : TaskState::Cancelled;
                task->result = s.text_id(i);
                task->finished = t;
                set_blocking(*task, false);
            }
            remove_waiter(prims, tid, task_mut());
            break;
        case EventKind::LoopBlocked:
            if (Task* task = task_mut()) set_blocking(*task, true);
            break;
        case EventKind::HandleScheduled:
            if (!is_ready(*this, s.handle(i))) push_ready(*this, {s.handle(i), tid, s.text_id(i)});
            if (task_at >= 0 && tasks[static_cast<size_t>(task_at)].state == TaskState::Waiting) {
                // woken: it waits no more (a producer woken by a get is not shown waiting on
                // a queue with room while it is ready to run)
                Task* task = task_mut();
                task->state = TaskState::Ready;
                remove_waiter(prims, tid, task);
            }
            break;
        case EventKind::HandleRun:
            ran = remove_ready(*this, s.handle(i));
            current_task = tid;
            break;
        case EventKind::HandleSkipped:
            ran = remove_ready(*this, s.handle(i));
            if (Timer tm; erase_timer(*this, s.handle(i), &tm)) ran = tm.what;
            break;
        case EventKind::TimerScheduled: {
            Timer tm{s.value(i), s.handle(i), tid, s.text_id(i), false};
            if (timer_indexable(tm.handle))
                timer_at.set(static_cast<size_t>(tm.handle), TimerAt{tm.when, true});
            timers.insert_before_first(tm, [&tm](const Timer& b) {
                return timer_before(tm.when, tm.handle, b.when, b.handle);
            });
            break;
        }
        case EventKind::TimerFired: {
            const int32_t h = s.handle(i);
            if (Timer tm; erase_timer(*this, h, &tm))
                if (!tm.cancelled && !is_ready(*this, h))
                    push_ready(*this, {h, 0, tm.what ? tm.what : s.text_id(i)});
            drop_cancelled_timers(timers, t);
            break;
        }
        case EventKind::TimerCancelled:
            if (Timer* tm = find_timer(*this, s.handle(i))) tm->cancelled = true;
            break;
        case EventKind::PrimitiveState: {
            Prim& p = prim_slot(prims, s.object(i), s.prim(i));
            p.kind = s.prim(i);
            p.name = s.name_id(i);
            p.state = s.text_id(i);
            p.size = static_cast<int32_t>(s.value(i));
            p.maxsize = p.kind == PrimKind::Queue ? static_cast<int32_t>(s.value2(i)) : -1;
            break;
        }
        case EventKind::Output:
        case EventKind::Warning: ++outputs; break;
    }
    if (kind != EventKind::Line && s.line(i) != 0) line = s.line(i);
}

size_t ViewModel::memory_bytes(bool count_chunks) const {
    size_t n = sizeof(*this) + ready.memory_bytes(count_chunks) +
               timers.memory_bytes(count_chunks) + tasks.memory_bytes(count_chunks) +
               prims.memory_bytes(count_chunks) + in_ready.memory_bytes(count_chunks) +
               timer_at.memory_bytes(count_chunks);
    prims.for_each([&](const Prim& p) {
        n += p.waiters.memory_bytes(count_chunks) + p.putters.memory_bytes(count_chunks);
    });
    return n;
}

std::string format_time(double t) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
}

} // namespace loopscope::session
