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

// Remove `handle` from the ready queue (normally its front); its description, or 0.
uint32_t remove_ready(std::vector<ViewModel::Ready>& ready, int32_t handle) {
    for (size_t k = 0; k < ready.size(); ++k)
        if (ready[k].handle == handle) {
            uint32_t what = ready[k].what;
            ready.erase(ready.begin() + static_cast<ptrdiff_t>(k));
            return what;
        }
    return 0;
}

bool in_ready(const std::vector<ViewModel::Ready>& ready, int32_t handle) {
    for (const auto& r : ready)
        if (r.handle == handle) return true;
    return false;
}

// A cancelled timer leaves CPython's heap when it reaches the top (BaseEventLoop._run_once);
// here when the clock passes its deadline, unless an event removed it before.
void drop_cancelled_timers(std::vector<ViewModel::Timer>& timers, double now) {
    timers.erase(
        std::remove_if(timers.begin(), timers.end(),
                       [now](const ViewModel::Timer& t) { return t.cancelled && t.when <= now; }),
        timers.end());
}

void remove_waiter(std::vector<ViewModel::Prim>& prims, int32_t task) {
    for (auto& p : prims) {
        p.waiters.erase(std::remove(p.waiters.begin(), p.waiters.end(), task), p.waiters.end());
        p.putters.erase(std::remove(p.putters.begin(), p.putters.end(), task), p.putters.end());
    }
}

ViewModel::Prim& prim_slot(std::vector<ViewModel::Prim>& prims, int32_t id, PrimKind kind) {
    auto it = std::lower_bound(prims.begin(), prims.end(), id,
                               [](const ViewModel::Prim& p, int32_t v) { return p.id < v; });
    if (it != prims.end() && it->id == id) return *it;
    ViewModel::Prim p;
    p.id = id;
    p.kind = kind;
    return *prims.insert(it, std::move(p));
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
                    if (std::find(list.begin(), list.end(), tid) == list.end()) list.push_back(tid);
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
            for (size_t k = 0; k < timers.size(); ++k)
                if (timers[k].handle == s.handle(i)) {
                    ran = timers[k].what;
                    timers.erase(timers.begin() + static_cast<ptrdiff_t>(k));
                    break;
                }
            break;
        case EventKind::TimerScheduled: {
            Timer tm{s.value(i), s.handle(i), tid, s.text_id(i), false};
            auto it = std::upper_bound(
                timers.begin(), timers.end(), tm, [](const Timer& a, const Timer& b) {
                    return a.when < b.when || (a.when == b.when && a.handle < b.handle);
                });
            timers.insert(it, tm);
            break;
        }
        case EventKind::TimerFired: {
            const int32_t h = s.handle(i);
            for (size_t k = 0; k < timers.size(); ++k)
                if (timers[k].handle == h) {
                    Timer tm = timers[k];
                    timers.erase(timers.begin() + static_cast<ptrdiff_t>(k));
                    if (!tm.cancelled && !in_ready(ready, h))
                        ready.push_back({h, 0, tm.what ? tm.what : s.text_id(i)});
                    break;
                }
            drop_cancelled_timers(timers, t);
            break;
        }
        case EventKind::TimerCancelled:
            for (auto& tm : timers)
                if (tm.handle == s.handle(i)) tm.cancelled = true;
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

size_t ViewModel::memory_bytes(bool count_task_chunks) const {
    size_t n = sizeof(*this) + ready.capacity() * sizeof(Ready) +
               timers.capacity() * sizeof(Timer) + tasks.memory_bytes(count_task_chunks) +
               prims.capacity() * sizeof(Prim);
    for (const auto& p : prims) n += (p.waiters.capacity() + p.putters.capacity()) * 4;
    return n;
}

std::string format_time(double t) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
}

} // namespace loopscope::session
