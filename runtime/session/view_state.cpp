// view_state.cpp - see view_state.h. Every rule here reads only the event being applied and
// the model, never the interpreter.
#include "session/view_state.h"

#include <algorithm>
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

// Remove `handle` from the ready queue (normally its front); its description, or 0.
uint32_t remove_ready(SharedSeq<Ready>& ready, int32_t handle) {
    Ready r;
    return ready.erase_first([handle](const Ready& x) { return x.handle == handle; }, &r) ? r.what
                                                                                          : 0;
}

bool in_ready(const SharedSeq<Ready>& ready, int32_t handle) {
    return ready.any([handle](const Ready& r) { return r.handle == handle; });
}

// A cancelled timer leaves CPython's heap when it reaches the top (BaseEventLoop._run_once);
// here when the clock passes its deadline, unless an event removed it before. (Sorted by
// deadline: only the timers due by `now` are looked at.)
void drop_cancelled_timers(SharedSeq<Timer>& timers, double now) {
    timers.erase_if([](const Timer& t) { return t.cancelled; },
                    [now](const Timer& t) { return t.when > now; });
}

void remove_waiter(SharedSeq<Prim>& prims, int32_t task) {
    auto is_task = [task](int32_t w) { return w == task; };
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

size_t TaskList::memory_bytes(bool count_chunks) const {
    size_t n = chunks_.capacity() * sizeof(chunks_[0]);
    if (count_chunks) n += chunks_.size() * kChunk * sizeof(ModelTask);
    return n;
}

// ---- ViewModel ----

namespace {

// The index of task `id` in `tasks` (ids are mostly 1, 2, 3... in order), or -1.
int64_t task_index(const TaskList& tasks, int32_t id) {
    if (id >= 1 && static_cast<size_t>(id) <= tasks.size() && tasks[id - 1].id == id) return id - 1;
    for (size_t k = 0; k < tasks.size(); ++k)
        if (tasks[k].id == id) return static_cast<int64_t>(k);
    return -1;
}

} // namespace

const ViewModel::Task* ViewModel::find_task(int32_t id) const {
    const int64_t k = task_index(tasks, id);
    return k < 0 ? nullptr : &tasks[static_cast<size_t>(k)];
}

void ViewModel::apply(const TraceStore& s) {
    const uint64_t i = applied++;
    const EventKind kind = s.kind(i);
    const double t = s.time(i);
    const int32_t tid = s.task(i);
    clock = t;
    const int64_t task_at = tid != 0 ? task_index(tasks, tid) : -1;
    // The event's task, to change (copies its chunk if a checkpoint shares it), or null.
    auto task_mut = [&]() -> Task* {
        return task_at < 0 ? nullptr : &tasks.mut(static_cast<size_t>(task_at));
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
            for (size_t k = 0; k < tasks.size(); ++k)
                if (tasks[k].blocking) tasks.mut(k).blocking = false;
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
                task->blocking = false;
            }
            remove_waiter(prims, tid); // CPython's primitives drop their waiter future on resume
            break;
        case EventKind::TaskSuspended: {
            if (current_task == tid) current_task = 0;
            if (Task* task = task_mut()) {
                task->state = TaskState::Waiting;
                task->suspension = static_cast<uint32_t>(i);
                task->blocking = false;
                if (s.line(i) != 0) task->line = s.line(i);
            }
            const WaitKind wk = s.wait_kind(i);
            const PrimKind pk = prim_of_wait(wk);
            if (pk != PrimKind::None) {
                trace::WaitInfo w;
                s.wait(i, w);
                if (w.object != 0) {
                    Prim& p = prim_slot(prims, w.object, pk);
                    auto& list = (wk == WaitKind::QueuePut) ? p.putters : p.waiters;
                    if (!list.any([tid](int32_t w) { return w == tid; })) list.push_back(tid);
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
                task->blocking = false;
            }
            remove_waiter(prims, tid);
            break;
        case EventKind::LoopBlocked:
            if (Task* task = task_mut()) task->blocking = true;
            break;
        case EventKind::HandleScheduled:
            if (!in_ready(ready, s.handle(i))) ready.push_back({s.handle(i), tid, s.text_id(i)});
            if (task_at >= 0 && tasks[static_cast<size_t>(task_at)].state == TaskState::Waiting) {
                // woken: it waits no more (a producer woken by a get is not shown waiting on
                // a queue with room while it is ready to run)
                task_mut()->state = TaskState::Ready;
                remove_waiter(prims, tid);
            }
            break;
        case EventKind::HandleRun:
            ran = remove_ready(ready, s.handle(i));
            current_task = tid;
            break;
        case EventKind::HandleSkipped:
            ran = remove_ready(ready, s.handle(i));
            if (Timer tm; timers.erase_first(
                    [h = s.handle(i)](const Timer& x) { return x.handle == h; }, &tm))
                ran = tm.what;
            break;
        case EventKind::TimerScheduled: {
            Timer tm{s.value(i), s.handle(i), tid, s.text_id(i), false};
            timers.insert_before_first(tm, [&tm](const Timer& b) {
                return tm.when < b.when || (tm.when == b.when && tm.handle < b.handle);
            });
            break;
        }
        case EventKind::TimerFired: {
            const int32_t h = s.handle(i);
            if (Timer tm; timers.erase_first([h](const Timer& x) { return x.handle == h; }, &tm))
                if (!tm.cancelled && !in_ready(ready, h))
                    ready.push_back({h, 0, tm.what ? tm.what : s.text_id(i)});
            drop_cancelled_timers(timers, t);
            break;
        }
        case EventKind::TimerCancelled:
            timers.update_if([h = s.handle(i)](const Timer& x) { return x.handle == h; },
                             [](Timer& x) { x.cancelled = true; });
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
               prims.memory_bytes(count_chunks);
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
