// tasks.cpp - asyncio.Task: __step exactly as tasks.py (Task.__step; its __wakeup half is the
// loop driver's wakeup_exception in base_events.cpp), cancellation counts, names "Task-N", the
// registry behind all_tasks(), gather's _GatheringFuture, and the "Task exception was never
// retrieved" report when a failed task is collected unobserved.
#include "asyncio/tasks.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/exception_handler.h"
#include "asyncio/format_helpers.h"
#include "asyncio/trace_emit.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"

#include <algorithm>

namespace loopscope {

void TaskObj::mark_refs(Gc& gc) {
    FutureObj::mark_refs(gc);
    gc.mark(coro);
    gc.mark(name);
    gc.mark(context);
    if (coro_code) gc.mark(coro_code);
    if (fut_waiter) gc.mark(fut_waiter);
    if (step_prev) gc.mark(step_prev);
}

bool is_coroutine(Value v) {
    return is_kind(v, Kind::Generator) && as<GenObj>(v)->gkind == GenKind::Coroutine;
}

// Task.cancel (tasks.py)
bool task_cancel(Interp& I, TaskObj* t, Value msg) {
    future_retrieved(I, t);
    if (t->state != FutState::Pending) return false;
    t->num_cancels_requested++;
    if (t->loop->st->trace.sink) trace_cancel_requested(I, t, msg);
    if (t->fut_waiter && any_cancel(I, t->fut_waiter, msg)) return true;
    if (!I.exc.is_none()) return false; // RecursionError (any_cancel)
    t->must_cancel = true;
    t->set_cancel_message(msg);
    return true;
}

// _GatheringFuture.cancel (tasks.py)
bool gather_cancel(Interp& I, FutureObj* f, Value msg) {
    if (f->state != FutState::Pending) return false;
    bool ret = false;
    std::vector<Value> kids = f->children();
    for (Value c : kids) {
        FutureObj* cf = as_future(c);
        if (cf && any_cancel(I, cf, msg)) ret = true;
        if (!I.exc.is_none()) return false; // RecursionError (any_cancel)
    }
    if (ret) f->cancel_requested = true;
    return ret;
}

Value task_name(Interp& I, TaskObj* t) {
    if (t->name.is_undef()) t->name = I.str(task_name_text(t));
    return t->name;
}

std::string task_name_text(const TaskObj* t) {
    if (t->name.is_undef()) return "Task-" + std::to_string(t->name_number);
    return is_str(t->name) ? std::string(str_view(t->name)) : "Task";
}

// The pending tasks in creation order (drops finished ones from the registry).
static std::vector<TaskObj*>& live_tasks(AsyncState* st) {
    size_t j = 0;
    for (TaskObj* t : st->tasks)
        if (t->state == FutState::Pending) st->tasks[j++] = t;
    st->tasks.resize(j);
    return st->tasks;
}

TaskObj* new_task(Interp& I, LoopObj* loop, Value coro, Value name, Value context) {
    AsyncState* st = loop->st;
    if (!is_coroutine(coro)) {
        std::string r;
        if (!repr_into(I, coro, r)) return nullptr;
        raise_type_error(I, "a coroutine was expected, got " + r);
        return nullptr;
    }
    // Task.__init__: the given context, or a copy of the current one
    Value ctx = context_for(I, st, context);
    if (ctx.is_error()) return nullptr;
    auto* t = I.alloc<TaskObj>(st->task_type, loop);
    t->context = ctx;
    t->serial = st->future_serial++;
    t->note_site(I);
    if (name.is_none()) {
        t->name_number = ++st->task_counter;
    } else if (is_str(name)) {
        t->name = name;
    } else {
        Value s = to_str(I, name);
        if (s.is_error()) return nullptr;
        t->name = s;
    }
    t->coro = coro;
    if (as<GenObj>(coro)->frame) t->coro_code = as<GenObj>(coro)->frame->code;
    t->task_id = ++st->task_ids;
    // asyncio.run's own tasks (_trace_hide), and the tasks they make, stay out of the trace
    t->internal = (loop->current_task && loop->current_task->internal) ||
                  (!st->trace.hidden.empty() && st->trace.hidden.erase(coro.o) > 0);
    // TaskCreated comes before the HandleScheduled of its first step
    if (st->trace.sink) trace_task_created(I, t, loop->current_task);
    loop_schedule_step(I, t, Value::none());
    // Registry of pending tasks: compact it now and then so it stays proportional.
    if (st->tasks.size() >= st->tasks_compact_at) {
        live_tasks(st);
        st->tasks_compact_at = 2 * st->tasks.size() + 64;
    }
    st->tasks.push_back(t);
    return t;
}

static Value runtime_error(Interp& I, const std::string& msg) {
    return make_exception(I, I.t.RuntimeError, msg);
}

// Task.__step, first half: deliver `exc` (or None) to the coroutine and run it. Returns what
// the coroutine did; Paused when a pausable run (the driver's) ran out of ticks inside it, to be
// continued by resume_frame(I, coroutine frame) and finished by task_step_end. *ran is false
// when the task was already done (CPython logs an InvalidStateError; nothing happens).
RunResult task_step_begin(Interp& I, TaskObj* t, Value exc, bool* ran) {
    LoopObj* loop = t->loop;
    *ran = t->state == FutState::Pending;
    if (!*ran) return {RunStatus::Returned, Value::none()};
    if (t->must_cancel) {
        if (!isinstance(I, exc, I.t.CancelledError)) {
            exc = future_make_cancelled_error(I, t);
            if (exc.is_error()) {
                exc = I.exc;
                I.exc = Value::none();
            }
        }
        t->must_cancel = false;
    }
    t->fut_waiter = nullptr;
    t->step_prev = loop->current_task;
    loop->current_task = t;
    t->step_ticks = 0;
    t->blocked_reported = false;
    // the step runs inside the task's context (its handle's Context.run in CPython); a task
    // made before the first ContextVar existed gets a fresh empty one (all were empty then)
    ContextState* cs = loop->st->cv;
    if (cs->active) {
        if (t->context.is_none()) t->context = Value::object(context_new(I, cs));
        t->context_entered = context_enter(I, cs, as<ContextObj>(t->context));
        if (!t->context_entered) I.exc = Value::none(); // shared with a running Context.run
    }
    if (loop->st->trace.sink) trace_task_step(I, t, exc);
    if (!is_kind(t->coro, Kind::Generator))
        return {RunStatus::Raised, raise_type_error(I, "task coroutine is not a coroutine")};
    GenObj* g = as<GenObj>(t->coro);
    return exc.is_none() ? gen_send(I, g, Value::none()) : gen_throw(I, g, exc);
}

// Whether to probe a failed task the loop drops. A probe costs a collection: from the third
// probe in a row that found its task still referenced (a program keeping its tasks in a list),
// each doubles how many later ones go unprobed (up to 1024; those are reported at a later
// collection); one that reported starts again from every task.
static bool probe_dropped_task(AsyncState* st) {
    AsyncState::DropProbes& p = st->drop_probes;
    if (p.pending) {
        bool reported = st->never_retrieved_reports != p.reports_then;
        p.futile = reported ? 0 : p.futile + 1;
        p.skip = p.futile <= 2 ? 0 : std::min<uint32_t>(p.skip ? 2 * p.skip : 1, 1024);
        p.pending = false;
    }
    if (p.skipped < p.skip) {
        ++p.skipped;
        return false;
    }
    p.skipped = 0;
    p.pending = true;
    p.reports_then = st->never_retrieved_reports;
    return true;
}

// Task.__step, second half: how the task is woken next, from what its coroutine did.
void task_step_end(Interp& I, TaskObj* t, RunResult r, Value* fatal) {
    LoopObj* loop = t->loop;
    if (t->context_entered) {
        context_exit(loop->st->cv, as<ContextObj>(t->context));
        t->context_entered = false;
    }
    if (r.status == RunStatus::Returned) {
        if (t->must_cancel) {
            t->must_cancel = false;
            future_cancel(I, t, t->cancel_message());
        } else {
            future_set_result(I, t, r.value);
        }
    } else if (r.status == RunStatus::Raised) {
        Value e = I.exc;
        I.exc = Value::none();
        if (isinstance(I, e, I.t.CancelledError)) {
            t->set_cancelled_exc(e);
            future_cancel(I, t, Value::none());
        } else if (isinstance(I, e, I.t.KeyboardInterrupt) || isinstance(I, e, I.t.SystemExit)) {
            future_set_exception(I, t, e);
            *fatal = e;
        } else {
            bool awaited = !t->callbacks.empty();
            future_set_exception(I, t, e);
            // As the end of CPython's Task.__step, where the loop may drop the last reference
            // to a failed task nobody awaits: the next safe point probes it (its __del__
            // reports an exception nobody can retrieve any more); the registry lets go of it.
            if (!awaited && probe_dropped_task(loop->st) && fin_dropped(I, Value::object(t))) {
                live_tasks(loop->st);
                fin_request(I);
            }
        }
    } else {
        Value result = r.value;
        FutureObj* rf = as_future(result);
        Value new_exc = Value::undef();
        if (rf) {
            if (rf->loop != loop) {
                new_exc =
                    runtime_error(I, "Task " + future_repr(I, t) + " got Future " +
                                         future_repr(I, rf) + " attached to a different loop");
            } else if (rf->blocking) {
                if (rf == t) {
                    new_exc = runtime_error(I, "Task cannot await on itself: " + future_repr(I, t));
                } else {
                    rf->blocking = false;
                    future_add_callback(I, rf, {Value::object(t), true});
                    t->fut_waiter = rf;
                    if (t->must_cancel) {
                        if (any_cancel(I, rf, t->cancel_message())) t->must_cancel = false;
                        I.exc = Value::none(); // (a RecursionError of a cycle: not this step's)
                    }
                }
            } else {
                new_exc = runtime_error(I, "yield was used instead of yield from in task " +
                                               future_repr(I, t) + " with " + future_repr(I, rf));
            }
        } else if (result.is_none()) {
            loop_schedule_step(I, t, Value::none());
        } else {
            std::string rr;
            if (!repr_into(I, result, rr)) I.exc = Value::none();
            if (is_kind(result, Kind::Generator) && as<GenObj>(result)->gkind == GenKind::Generator)
                new_exc =
                    runtime_error(I, "yield was used instead of yield from for generator in task " +
                                         future_repr(I, t) + " with " + rr);
            else
                new_exc = runtime_error(I, "Task got bad yield: " + rr);
        }
        if (!new_exc.is_undef()) loop_schedule_step(I, t, new_exc);
    }
    if (loop->st->trace.sink) trace_task_step_end(I, t);
    loop->current_task = t->step_prev == t ? nullptr : t->step_prev;
    t->step_prev = nullptr;
}

// ---------------------------------------------------------------------------------------------
// Python-visible methods
// ---------------------------------------------------------------------------------------------

static TaskObj* self_task(Interp& I, Value self) {
    FutureObj* f = as_future(self);
    if (f && f->is_task) return static_cast<TaskObj*>(f);
    raise_type_error(I, "descriptor requires an asyncio.Task object");
    return nullptr;
}

// A property accessor is called with the instance as its first argument.
static TaskObj* property_task(Interp& I, Value self0, const CallArgs& a) {
    return self_task(I, a.nargs ? a.args[0] : self0);
}

static Value t_get_coro(Interp& I, Value self, const CallArgs&) {
    TaskObj* t = self_task(I, self);
    return t ? t->coro : Value::error();
}
static Value t_get_name(Interp& I, Value self, const CallArgs&) {
    TaskObj* t = self_task(I, self);
    return t ? task_name(I, t) : Value::error();
}
static Value t_set_name(Interp& I, Value self, const CallArgs& a) {
    TaskObj* t = self_task(I, self);
    if (!t || !check_nargs(I, a, "set_name", 1, 1)) return Value::error();
    Value s = is_str(a.args[0]) ? a.args[0] : to_str(I, a.args[0]);
    if (s.is_error()) return s;
    t->name = s;
    if (t->loop->st->trace.sink) trace_task_renamed(I, t);
    return Value::none();
}
static Value t_cancelling(Interp& I, Value self, const CallArgs&) {
    TaskObj* t = self_task(I, self);
    return t ? Value::integer(t->num_cancels_requested) : Value::error();
}
static Value t_uncancel(Interp& I, Value self, const CallArgs&) {
    TaskObj* t = self_task(I, self);
    if (!t) return Value::error();
    if (t->num_cancels_requested > 0) t->num_cancels_requested--;
    return Value::integer(t->num_cancels_requested);
}
// Task.get_stack / print_stack: the playground has no frame objects to hand out (the Tasks
// panel shows a task's stack instead).
static Value t_get_stack(Interp& I, Value self, const CallArgs&) {
    if (!self_task(I, self)) return Value::error();
    return raise_not_implemented(I, "Task.get_stack() and Task.print_stack() are not available "
                                    "in the playground: the Tasks panel shows each task's stack");
}
static Value t_must_cancel(Interp& I, Value self0, const CallArgs& a) {
    TaskObj* t = property_task(I, self0, a);
    return t ? Value::boolean(t->must_cancel) : Value::error();
}
static Value t_log_destroy_pending(Interp& I, Value self0, const CallArgs& a) {
    TaskObj* t = property_task(I, self0, a);
    return t ? Value::boolean(t->log_destroy_pending) : Value::error();
}
static Value t_set_log_destroy_pending(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 2) return raise_type_error(I, "_log_destroy_pending takes a value");
    TaskObj* t = as_future(a.args[0]) && as_future(a.args[0])->is_task
                     ? static_cast<TaskObj*>(as_future(a.args[0]))
                     : nullptr;
    if (!t) return raise_type_error(I, "descriptor requires a Task");
    int on = truthy(I, a.args[1]);
    if (on < 0) return Value::error();
    t->log_destroy_pending = on != 0;
    return Value::none();
}
static Value t_fut_waiter(Interp& I, Value self0, const CallArgs& a) {
    TaskObj* t = property_task(I, self0, a);
    if (!t) return Value::error();
    return t->fut_waiter ? Value::object(t->fut_waiter) : Value::none();
}
static Value t_coro_prop(Interp& I, Value self0, const CallArgs& a) {
    TaskObj* t = property_task(I, self0, a);
    return t ? t->coro : Value::error();
}

// Task(coro, *, loop=None, name=None, context=None)
static Value task_new(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    if (a.nargs != 1) return raise_type_error(I, "Task() takes exactly one positional argument");
    Value loopv = kwarg(a, "loop");
    LoopObj* loop = nullptr;
    if (!loopv.is_undef() && !loopv.is_none()) {
        if (!is_subtype(type_of(I, loopv), st->loop_type))
            return raise_type_error(I, "loop must be an event loop");
        loop = as_loop(loopv);
    } else {
        loop = st->running_loop ? st->running_loop : st->event_loop;
        if (!loop) {
            loop = new_loop(I, st);
            st->event_loop = loop;
        }
    }
    Value name = kwarg(a, "name");
    TaskObj* t =
        new_task(I, loop, a.args[0], name.is_undef() ? Value::none() : name, kwarg(a, "context"));
    return t ? Value::object(t) : Value::error();
}

static void add_prop(Interp& I, TypeObj* t, std::string_view name, NativeFn get) {
    auto* p = I.alloc<PropertyObj>(I.t.property, new_native_function(I, name, get), Value::none(),
                                   Value::none());
    dict_set_str(I, t->dict, I.intern(name), Value::object(p));
}

// asyncio.all_tasks(loop=None)
static Value all_tasks_fn(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    Value lv = arg_or(a, 0, kwarg(a, "loop"));
    LoopObj* loop = nullptr;
    if (lv.is_undef() || lv.is_none()) {
        if (!st->running_loop) return raise(I, I.t.RuntimeError, "no running event loop");
        loop = st->running_loop;
    } else {
        loop = as_loop(lv); // not a loop: no task is on it (as CPython's identity test)
    }
    SetObj* s = new_set(I);
    Value sv = Value::object(s);
    for (TaskObj* t : live_tasks(st)) {
        if (t->loop != loop) continue;
        Value tv = Value::object(t);
        Value r = call_method(I, sv, I.intern("add"), std::span<const Value>(&tv, 1));
        if (r.is_error()) return r;
    }
    return sv;
}

// asyncio.runners._cancel_all_tasks needs them in creation order.
static Value all_tasks_ordered(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    LoopObj* loop = a.nargs == 1 ? as_loop(a.args[0]) : nullptr;
    if (!loop) return raise_type_error(I, "_all_tasks_ordered(loop)");
    std::vector<Value> out;
    for (TaskObj* t : live_tasks(st))
        if (t->loop == loop) out.push_back(Value::object(t));
    return new_list(I, std::move(out));
}

// asyncio.current_task(loop=None)
static Value current_task_fn(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    Value lv = arg_or(a, 0, kwarg(a, "loop"));
    LoopObj* loop;
    if (lv.is_undef() || lv.is_none()) {
        if (!st->running_loop) return raise(I, I.t.RuntimeError, "no running event loop");
        loop = st->running_loop;
    } else {
        loop = as_loop(lv); // not a loop: no task runs on it
    }
    return loop && loop->current_task ? Value::object(loop->current_task) : Value::none();
}

// _GatheringFuture(children, loop) - the gather() outer future.
static Value gathering_future(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    if (a.nargs != 2 || !is_kind(a.args[0], Kind::List) ||
        !is_subtype(type_of(I, a.args[1]), st->loop_type))
        return raise_type_error(I, "_GatheringFuture(children, loop)");
    FutureObj* f = new_future(I, as<LoopObj>(a.args[1]));
    f->gathering = true;
    f->set_children(as<ListObj>(a.args[0])->items);
    return Value::object(f);
}

// The end of the program (Interp::shutdown_hooks, after the globals' finalizers): CPython's last
// collection frees the tasks still pending, whose loops have stopped. A started coroutine is
// closed first (its finally blocks run), then the task's finalizer reports "Task was destroyed
// but it is pending!" through its loop's exception handler (TaskObj_finalize); a coroutine
// that never started is reported after its task, as never awaited (at "sys:1", as CPython
// warns at shutdown). In creation order; CPython's order differs when a loop was left open
// with timers pending (its timer heap is freed first).
void destroy_pending_tasks(Interp& I) {
    AsyncState* st = async_state(I);
    std::vector<TaskObj*> pending;
    for (TaskObj* t : st->tasks)
        if (t->state == FutState::Pending && !t->internal && !(t->loop && t->loop->running))
            pending.push_back(t);
    RootedValues keep(I);
    for (TaskObj* t : pending) keep.items.push_back(Value::object(t));
    for (TaskObj* t : pending) {
        if (I.stopping()) return;
        GenObj* g = is_kind(t->coro, Kind::Generator) ? as<GenObj>(t->coro) : nullptr;
        bool started = g && g->started;
        if (started && g->frame && !g->running && gen_close(I, g).is_error()) {
            report_unraisable(I, Value::object(g));
            I.exc = Value::none();
        }
        if (t->log_destroy_pending && t->state == FutState::Pending) {
            t->log_destroy_pending = false;
            if (!call_exception_handler(
                    I, t->loop,
                    {{"task", Value::object(t)},
                     {"message", I.str("Task was destroyed but it is pending!")}},
                    Value::object(t)))
                I.exc = Value::none();
        }
        if (g && !started && !g->warned && g->gkind == GenKind::Coroutine) {
            g->warned = true;
            I.warn(I.t.RuntimeWarning, "coroutine '" + g->qualname->s + "' was never awaited",
                   Interp::WarnSite{I.intern("sys"), 1, false});
        }
    }
}

void init_task_type(Interp& I, AsyncState* st, DictObj* mod) {
    TypeObj* tt = new_builtin_type(I, "Task", st->future_type, Kind::Native);
    st->task_type = tt;
    tt->new_fn = task_new;
    add_method(I, tt, "get_coro", t_get_coro);
    add_method(I, tt, "get_name", t_get_name);
    add_method(I, tt, "set_name", t_set_name);
    add_method(I, tt, "cancelling", t_cancelling);
    add_method(I, tt, "uncancel", t_uncancel);
    add_method(I, tt, "get_stack", t_get_stack);
    add_method(I, tt, "print_stack", t_get_stack);
    add_prop(I, tt, "_must_cancel", t_must_cancel);
    add_prop(I, tt, "_fut_waiter", t_fut_waiter);
    dict_set_str(
        I, tt->dict, I.intern("_log_destroy_pending"),
        Value::object(I.alloc<PropertyObj>(
            I.t.property, new_native_function(I, "_log_destroy_pending", t_log_destroy_pending),
            new_native_function(I, "_log_destroy_pending", t_set_log_destroy_pending),
            Value::none())));
    add_prop(I, tt, "_coro", t_coro_prop);
    dict_set_str(I, tt->dict, I.n.__module__, I.str("asyncio"));
    dict_set_str(I, mod, I.intern("Task"), Value::object(tt));
    set_fn(I, mod, "all_tasks", all_tasks_fn);
    set_fn(I, mod, "_all_tasks_ordered", all_tasks_ordered);
    set_fn(I, mod, "current_task", current_task_fn);
    set_fn(I, mod, "_GatheringFuture", gathering_future);
}

} // namespace loopscope
