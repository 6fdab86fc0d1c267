// trace_waits.cpp - what a suspended task waits on (TaskSuspended's `wait`).
//
// The runtime's Python declares it with _trace_wait(kind, ...) right before each await that
// may suspend (trace_contract.h). When the task then suspends, the declaration of the
// outermost runtime coroutine below the learner's innermost frame wins: Barrier.wait declares
// a barrier wait even though it suspends inside Condition.wait and Lock.acquire, which declare
// their own. Without a declaration the awaited future itself says it: a task, a gather, or a
// plain future.
#include "asyncio/trace_contract.h"

#include "asyncio/trace_emit.h"
#include "stdlib/module_helpers.h"
#include "trace/sink.h"

#include <algorithm>
#include <cstdio>

namespace loopscope {

using trace::PrimKind;
using trace::WaitKind;

namespace {

std::string fmt_seconds(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
}

// The words of a declared wait when the Python gave none.
std::string default_detail(WaitKind k) {
    switch (k) {
        case WaitKind::WaitFor: return "wait_for(..., timeout)";
        case WaitKind::Wait: return "wait(...)";
        case WaitKind::QueueGet: return "queue.get()";
        case WaitKind::QueuePut: return "queue.put()";
        case WaitKind::QueueJoin: return "queue.join()";
        case WaitKind::Lock: return "lock.acquire()";
        case WaitKind::Event: return "event.wait()";
        case WaitKind::Semaphore: return "semaphore.acquire()";
        case WaitKind::Condition: return "condition.wait()";
        case WaitKind::Barrier: return "barrier.wait()";
        case WaitKind::Thread: return "to_thread(...)";
        case WaitKind::TaskGroup: return "TaskGroup: waiting for its tasks";
        case WaitKind::Network: return "the network";
        case WaitKind::File: return "a file";
        case WaitKind::Database: return "the database";
        default: return "";
    }
}

HandleObj* as_timer(AsyncState* st, Value h) {
    if (!h.is_obj() || h.o->kind != Kind::Native) return nullptr;
    TypeObj* t = h.o->type;
    if (t != st->timer_handle_type && t != st->handle_type) return nullptr;
    return static_cast<HandleObj*>(static_cast<NativeObj*>(h.o));
}

void set_timer(AsyncState* st, trace::WaitInfo& w, Value timer) {
    if (HandleObj* h = as_timer(st, timer)) {
        w.until = h->when;
        w.handle = h->trace_id;
    }
}

// The ids of the tasks among `items` (a list, tuple, set or dict of futures).
void add_tasks(Interp& I, trace::WaitInfo& w, Value items) {
    std::vector<Value> vs;
    if (!collect(I, items, vs)) {
        I.exc = Value::none();
        return;
    }
    for (Value v : vs)
        if (FutureObj* f = as_future(v); f && f->is_task)
            w.tasks.push_back(static_cast<TaskObj*>(f)->task_id);
}

// The timer that will finish virtual thread future `fut` (run_in_executor's call_at).
HandleObj* thread_timer(LoopObj* loop, FutureObj* fut) {
    for (HandleObj* h : loop->timers)
        if (!h->cancelled && !h->args.empty() && h->callback.same(loop->st->finish_thread) &&
            h->args[0].same(Value::object(fut)))
            return h;
    return nullptr;
}

trace::WaitInfo from_declaration(Interp& I, TaskObj* t, const TraceRecords::DeclaredWait& d) {
    AsyncState* st = t->loop->st;
    trace::WaitInfo w;
    w.kind = d.kind;
    w.detail = d.detail.empty() ? default_detail(d.kind) : d.detail;
    switch (d.kind) {
        case WaitKind::Sleep: {
            set_timer(st, w, d.timer);
            double secs = 0;
            if (!to_double(I, d.arg, &secs)) I.exc = Value::none();
            w.detail = "sleep(" + fmt_seconds(secs) + ")";
            break;
        }
        case WaitKind::WaitFor:
            set_timer(st, w, d.timer);
            if (FutureObj* f = as_future(d.obj)) {
                if (f->is_task)
                    w.task = static_cast<TaskObj*>(f)->task_id;
                else
                    w.object = trace_future_id(st, f);
            }
            break;
        case WaitKind::Wait:
        case WaitKind::TaskGroup:
            add_tasks(I, w, d.obj);
            set_timer(st, w, d.timer);
            break;
        case WaitKind::Network:
        case WaitKind::File:
        case WaitKind::Database: {
            // the world's waits: arg = how long (the sleep that follows at once), so `until`
            double secs = 0;
            if (!d.arg.is_none() && to_double(I, d.arg, &secs))
                w.until = st->clock->now() + secs;
            else
                I.exc = Value::none();
            const TraceRecords::Primitive* p = trace_primitive_of(st, d.obj);
            if (p && p->kind == trace::PrimKind::Connection) w.object = p->id;
            break;
        }
        case WaitKind::Thread:
            if (FutureObj* f = as_future(d.obj)) {
                if (HandleObj* h = thread_timer(t->loop, f)) {
                    w.until = h->when;
                    w.handle = h->trace_id;
                }
            }
            break;
        default: {
            // a primitive: a Lock that is a Condition's reads as that Condition
            const TraceRecords::Primitive* p = trace_primitive_of(st, d.obj);
            if (!p && d.kind == WaitKind::Lock) {
                p = trace_condition_of_lock(st, d.obj);
                if (p) {
                    w.kind = WaitKind::Condition;
                    w.detail = "condition.acquire()";
                }
            }
            if (p && prim_of_wait(w.kind) == p->kind) w.object = p->id;
            break;
        }
    }
    return w;
}

} // namespace

int32_t trace_future_id(AsyncState* st, FutureObj* f) {
    if (f->is_task) return static_cast<TaskObj*>(f)->task_id;
    if (!f->trace_id) f->trace_id = ++st->trace.objects;
    return f->trace_id;
}

Value trace_wait_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_wait(kind, obj=None, timer=None, detail=None, arg=None)
    AsyncState* st = as<AsyncState>(self);
    if (!st->trace.sink) return Value::none(); // checked only when traced: the hot path is free
    if (a.nargs < 1 || a.nargs > 5 || !is_str(a.args[0]))
        return raise_type_error(I,
                                "_trace_wait(kind, obj=None, timer=None, detail=None, arg=None)");
    WaitKind kind;
    if (!trace::wait_kind_from_name(str_view(a.args[0]), &kind) || kind == WaitKind::None ||
        kind == WaitKind::Other || kind == WaitKind::Task || kind == WaitKind::Gather ||
        kind == WaitKind::Future)
        return raise_value_error(I, "_trace_wait: not a declared wait kind: " +
                                        std::string(str_view(a.args[0])));
    LoopObj* loop = st->running_loop;
    Frame* f = I.frame;
    if (!loop || !loop->current_task || !f || !f->gen) return Value::none();
    TraceRecords::DeclaredWait d{f->gen,
                                 kind,
                                 arg_or(a, 1, Value::none()),
                                 arg_or(a, 2, Value::none()),
                                 arg_or(a, 4, Value::none()),
                                 ""};
    Value detail = arg_or(a, 3, Value::none());
    if (is_str(detail)) d.detail = std::string(str_view(detail));
    auto& list = st->trace.waits[loop->current_task];
    for (auto& old : list)
        if (old.coro == d.coro) {
            old = std::move(d); // the same coroutine waits again (Queue.get's loop)
            return Value::none();
        }
    list.push_back(std::move(d));
    return Value::none();
}

trace::WaitInfo trace_classify_wait(Interp& I, TaskObj* t, const std::vector<Frame*>& frames) {
    AsyncState* st = t->loop->st;
    trace::WaitInfo w;
    FutureObj* fw = t->fut_waiter;
    if (!fw) {
        w.kind = WaitKind::Other;
        w.detail = "sleep(0): yields to the other ready tasks";
        return w;
    }
    // The coroutines the task is suspended in, outermost first, and the learner's innermost.
    std::vector<GenObj*> chain;
    chain.reserve(frames.size());
    size_t after_learner = 0; // index of the first coroutine after the learner's innermost
    for (Frame* f : frames) {
        chain.push_back(f->gen);
        if (!is_library_code(f->code)) after_learner = chain.size();
    }
    auto it = st->trace.waits.find(t);
    if (it != st->trace.waits.end()) {
        auto& list = it->second;
        // forget the declarations of coroutines that have returned since
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const TraceRecords::DeclaredWait& d) {
                                      return std::find(chain.begin(), chain.end(), d.coro) ==
                                             chain.end();
                                  }),
                   list.end());
        for (size_t i = after_learner; i < chain.size(); ++i)
            for (const auto& d : list)
                if (d.coro == chain[i]) return from_declaration(I, t, d);
    }
    if (fw->is_task) {
        auto* other = static_cast<TaskObj*>(fw);
        w.kind = WaitKind::Task;
        w.task = other->task_id;
        w.detail = "task " + task_name_text(other);
        return w;
    }
    if (fw->gathering) {
        w.kind = WaitKind::Gather;
        for (Value c : fw->children())
            if (FutureObj* cf = as_future(c); cf && cf->is_task)
                w.tasks.push_back(static_cast<TaskObj*>(cf)->task_id);
        w.detail = "gather(" + std::to_string(fw->children().size()) + " awaitables)";
        return w;
    }
    w.kind = WaitKind::Future;
    w.object = trace_future_id(st, fw);
    w.detail = "a future";
    return w;
}

} // namespace loopscope
