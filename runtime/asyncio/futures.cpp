// futures.cpp - asyncio.Future (as CPython's C _asyncio.Future, whose messages differ a little
// from futures.py: "invalid state", "Result is not set."). Reprs: format_helpers.cpp; the
// cancel() of tasks and of gather's future: tasks.cpp.
#include "asyncio/futures.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/format_helpers.h"
#include "asyncio/tasks.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"

#include <typeinfo>

namespace loopscope {

void FutureObj::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    gc.mark(loop);
    gc.mark(result);
    gc.mark(exception);
    callbacks.mark(gc);
    if (rare) {
        gc.mark(rare->cancel_message);
        gc.mark(rare->cancelled_exc);
        for (const Value& v : rare->children) gc.mark(v);
        rare->site.mark(gc);
    }
}

void FutureObj::note_site(Interp& I) {
    if (loop->debug) rare_part().site.note(I, loop);
}

FutureObj* as_future(Value v) {
    if (!v.is_obj() || v.o->kind != Kind::Native) return nullptr;
    // the C++ type is exactly one of the two (a cheaper test than a dynamic_cast, which walked
    // the class hierarchy on every await and callback)
    auto* n = static_cast<NativeObj*>(v.o);
    const std::type_info& ti = typeid(*n);
    if (ti == typeid(FutureObj) || ti == typeid(TaskObj)) return static_cast<FutureObj*>(n);
    return nullptr;
}

FutureObj* new_future(Interp& I, LoopObj* loop) {
    auto* f = I.alloc<FutureObj>(loop->st->future_type, loop);
    f->serial = loop->st->future_serial++;
    f->note_site(I);
    return f;
}

// false with RuntimeError pending when debug mode's check refuses the loop.call_soon (a
// virtual thread completing the future); the callbacks are dropped then, as CPython's.
static bool schedule_callbacks(Interp& I, FutureObj* f) {
    if (f->callbacks.empty()) return true;
    if (f->loop->debug && !f->loop->st->clock->threads.empty()) {
        f->callbacks.take();
        raise(I, I.t.RuntimeError,
              "Non-thread-safe operation invoked on an event loop other than the current one");
        return false;
    }
    FutureCallbacks cbs = f->callbacks.take();
    cbs.for_each([&](const FutureObj::Callback& c) {
        if (c.wakeup)
            loop_schedule_wakeup(I, f, c.fn);
        else
            loop_call_soon(I, f->loop, c.fn, Value::object(f), HandleObj::Op::Call, c.context);
    });
    return true;
}

static Value invalid_state(Interp& I, std::string_view msg) {
    return raise(I, I.t.InvalidStateError, msg);
}

bool future_set_result(Interp& I, FutureObj* f, Value v) {
    if (f->state != FutState::Pending) {
        invalid_state(I, "invalid state");
        return false;
    }
    f->result = v;
    f->state = FutState::Finished;
    return schedule_callbacks(I, f);
}

bool future_set_exception(Interp& I, FutureObj* f, Value exc) {
    if (f->state != FutState::Pending) {
        invalid_state(I, "invalid state");
        return false;
    }
    if (is_kind(exc, Kind::Type)) {
        exc = call(I, exc, std::span<const Value>());
        if (exc.is_error()) return false;
    }
    if (!isinstance(I, exc, I.t.BaseException)) {
        raise_type_error(I, "invalid exception object");
        return false;
    }
    if (type_of(I, exc) == I.t.StopIteration) {
        raise_type_error(I, "StopIteration interacts badly with generators and cannot be raised "
                            "into a Future");
        return false;
    }
    f->exception = exc;
    f->state = FutState::Finished;
    f->log_traceback = true;
    fin_watch(I, f); // its __del__ reports the exception if nobody retrieves it
    return schedule_callbacks(I, f);
}

void future_retrieved(Interp& I, FutureObj* f) {
    f->log_traceback = false;
    AsyncState* st = f->loop ? f->loop->st : nullptr;
    if (st && (f->type == st->future_type || f->type == st->task_type)) fin_unwatch(I, f);
}

bool future_cancel(Interp& I, FutureObj* f, Value msg) {
    future_retrieved(I, f);
    if (f->state != FutState::Pending) return false;
    f->state = FutState::Cancelled;
    f->set_cancel_message(msg);
    if (!schedule_callbacks(I, f)) I.exc = Value::none(); // (only a virtual thread's call)
    return true;
}

bool any_cancel(Interp& I, FutureObj* f, Value msg) {
    // Cancelling a task cancels what it waits for: tasks awaiting each other recurse, and (as
    // CPython's calls of fut_waiter.cancel()) hit the recursion limit - false with I.exc set.
    if (++I.depth > I.recursion_limit) {
        --I.depth;
        raise(I, I.t.RecursionError,
              "maximum recursion depth exceeded while calling a Python object");
        return false;
    }
    bool r = f->is_task     ? task_cancel(I, static_cast<TaskObj*>(f), msg)
             : f->gathering ? gather_cancel(I, f, msg)
                            : future_cancel(I, f, msg);
    --I.depth;
    return r;
}

Value future_make_cancelled_error(Interp& I, FutureObj* f) {
    if (!f->cancelled_exc().is_none()) {
        Value e = f->cancelled_exc();
        f->set_cancelled_exc(Value::none());
        return e;
    }
    Value e;
    if (f->cancel_message().is_none()) {
        e = call(I, Value::object(I.t.CancelledError), std::span<const Value>());
    } else {
        Value m = f->cancel_message();
        e = call(I, Value::object(I.t.CancelledError), std::span<const Value>(&m, 1));
    }
    return e;
}

void future_add_callback(Interp& I, FutureObj* f, FutureObj::Callback cb) {
    if (f->state != FutState::Pending) {
        loop_call_soon(I, f->loop, cb.fn, Value::object(f),
                       cb.wakeup ? HandleObj::Op::TaskWakeup : HandleObj::Op::Call, cb.context);
    } else {
        f->callbacks.push_back(cb);
    }
}

// ---------------------------------------------------------------------------------------------
// Python-visible methods
// ---------------------------------------------------------------------------------------------

static FutureObj* self_future(Interp& I, Value self) {
    FutureObj* f = as_future(self);
    if (!f) raise_type_error(I, "descriptor requires an asyncio.Future object");
    return f;
}

// A property accessor is called with the instance as its first argument.
static FutureObj* property_future(Interp& I, Value self0, const CallArgs& a) {
    return self_future(I, a.nargs ? a.args[0] : self0);
}

static Value f_result(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    if (f->state == FutState::Cancelled) {
        Value e = future_make_cancelled_error(I, f);
        if (e.is_error()) return e;
        return raise_value(I, e);
    }
    if (f->state != FutState::Finished) return invalid_state(I, "Result is not set.");
    future_retrieved(I, f);
    if (!f->exception.is_none()) return raise_value(I, f->exception);
    return f->result;
}

static Value f_exception(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    if (f->state == FutState::Cancelled) {
        Value e = future_make_cancelled_error(I, f);
        if (e.is_error()) return e;
        return raise_value(I, e);
    }
    if (f->state != FutState::Finished) return invalid_state(I, "Exception is not set.");
    future_retrieved(I, f);
    return f->exception;
}

static Value f_set_result(Interp& I, Value self, const CallArgs& a) {
    FutureObj* f = self_future(I, self);
    if (!f || !check_nargs(I, a, "set_result", 1, 1)) return Value::error();
    if (f->is_task) return raise(I, I.t.RuntimeError, "Task does not support set_result operation");
    if (!future_set_result(I, f, a.args[0])) return Value::error();
    return Value::none();
}

static Value f_set_exception(Interp& I, Value self, const CallArgs& a) {
    FutureObj* f = self_future(I, self);
    if (!f || !check_nargs(I, a, "set_exception", 1, 1)) return Value::error();
    if (f->is_task)
        return raise(I, I.t.RuntimeError, "Task does not support set_exception operation");
    if (!future_set_exception(I, f, a.args[0])) return Value::error();
    return Value::none();
}

static Value f_cancel(Interp& I, Value self, const CallArgs& a) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    Value msg = arg_or(a, 0, Value::none());
    Value kw = kwarg(a, "msg");
    if (!kw.is_undef()) msg = kw;
    bool cancelled = any_cancel(I, f, msg);
    if (!I.exc.is_none()) return Value::error(); // (a cycle of tasks: RecursionError)
    return Value::boolean(cancelled);
}

static Value f_cancelled(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    return Value::boolean(f->state == FutState::Cancelled);
}

static Value f_done(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    return Value::boolean(f->state != FutState::Pending);
}

static Value f_add_done_callback(Interp& I, Value self, const CallArgs& a) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    if (a.nargs != 1)
        return raise_type_error(I, "add_done_callback() takes exactly one positional argument");
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view n = str_view(a.kwnames->items[size_t(k)]);
        if (n != "context")
            return raise_type_error(I, "add_done_callback() got an unexpected keyword argument '" +
                                           std::string(n) + "'");
    }
    // Future.add_done_callback: the callback runs in a copy of the current context
    Value ctx = context_for(I, f->loop->st, kwarg(a, "context"));
    if (ctx.is_error()) return ctx;
    future_add_callback(I, f, {a.args[0], false, ctx});
    return Value::none();
}

static Value f_remove_done_callback(Interp& I, Value self, const CallArgs& a) {
    FutureObj* f = self_future(I, self);
    if (!f || !check_nargs(I, a, "remove_done_callback", 1, 1)) return Value::error();
    // (the callbacks stay on the future while __eq__ runs, which could change them)
    FutureCallbacks keep;
    int64_t removed = 0;
    for (size_t i = 0; i < f->callbacks.size(); ++i) {
        FutureObj::Callback c = f->callbacks[i];
        int e = c.wakeup ? 0 : eq(I, c.fn, a.args[0]);
        if (e < 0) return Value::error();
        if (e)
            ++removed;
        else
            keep.push_back(c);
    }
    f->callbacks = std::move(keep);
    return Value::integer(removed);
}

static Value f_get_loop(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    return Value::object(f->loop);
}

static Value f_await(Interp& I, Value self, const CallArgs&) {
    if (!self_future(I, self)) return Value::error();
    return self;
}

// Futures hash by creation order (cheaper than an id, and deterministic).
static Value f_hash(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    return Value::integer(int64_t(f->serial * 2654435761ULL % 0x3fffffffffffULL) + 1);
}

static Value f_repr(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    return I.str(future_repr(I, f));
}

static Value f_make_cancelled_error(Interp& I, Value self, const CallArgs&) {
    FutureObj* f = self_future(I, self);
    if (!f) return Value::error();
    return future_make_cancelled_error(I, f);
}

static Value f_get_blocking(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    return Value::boolean(f->blocking);
}
static Value f_set_blocking(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    int t = truthy(I, a.args[1]);
    if (t < 0) return Value::error();
    f->blocking = t;
    return Value::none();
}
static Value f_get_cancel_message(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    return f->cancel_message();
}
static Value f_get_cancel_requested(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    return Value::boolean(f->cancel_requested);
}
static Value f_set_log_traceback(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    if (truthy(I, a.args[1]) == 1) {
        f->log_traceback = true;
        fin_watch(I, f);
    } else {
        future_retrieved(I, f);
    }
    return Value::none();
}
static Value f_get_log_traceback(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    return Value::boolean(f->log_traceback);
}
static Value f_get_state(Interp& I, Value self0, const CallArgs& a) {
    FutureObj* f = property_future(I, self0, a);
    if (!f) return Value::error();
    return I.str(f->state == FutState::Pending     ? "PENDING"
                 : f->state == FutState::Cancelled ? "CANCELLED"
                                                   : "FINISHED");
}

static void add_property(Interp& I, TypeObj* t, std::string_view name, NativeFn get, NativeFn set) {
    Value g = new_native_function(I, name, get);
    Value s = set ? new_native_function(I, name, set) : Value::none();
    auto* p = I.alloc<PropertyObj>(I.t.property, g, s, Value::none());
    dict_set_str(I, t->dict, I.intern(name), Value::object(p));
}

// Future(*, loop=None)
static Value future_new(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    Value loopv = kwarg(a, "loop");
    if (a.nargs) return raise_type_error(I, "Future() takes no positional arguments");
    LoopObj* loop = nullptr;
    if (!loopv.is_undef() && !loopv.is_none()) {
        if (!is_subtype(type_of(I, loopv), st->loop_type))
            return raise_type_error(I, "loop must be an event loop");
        loop = as<LoopObj>(loopv);
    } else {
        loop = st->running_loop ? st->running_loop : st->event_loop;
        if (!loop) {
            loop = new_loop(I, st);
            st->event_loop = loop;
        }
    }
    return Value::object(new_future(I, loop));
}

void init_future_type(Interp& I, AsyncState* st, DictObj* mod) {
    TypeObj* ft = new_builtin_type(I, "Future", I.t.object, Kind::Native);
    st->future_type = ft;
    ft->new_fn = future_new;
    add_method(I, ft, "result", f_result);
    add_method(I, ft, "exception", f_exception);
    add_method(I, ft, "set_result", f_set_result);
    add_method(I, ft, "set_exception", f_set_exception);
    add_method(I, ft, "cancel", f_cancel);
    add_method(I, ft, "cancelled", f_cancelled);
    add_method(I, ft, "done", f_done);
    add_method(I, ft, "add_done_callback", f_add_done_callback);
    add_method(I, ft, "remove_done_callback", f_remove_done_callback);
    add_method(I, ft, "get_loop", f_get_loop);
    add_method(I, ft, "__await__", f_await);
    register_self_await(f_await); // (`await fut` goes straight to FutureObj::send)
    add_method(I, ft, "__iter__", f_await);
    add_method(I, ft, "__repr__", f_repr);
    add_method(I, ft, "__hash__", f_hash);
    add_method(I, ft, "_make_cancelled_error", f_make_cancelled_error);
    add_property(I, ft, "_asyncio_future_blocking", f_get_blocking, f_set_blocking);
    add_property(I, ft, "_cancel_message", f_get_cancel_message, nullptr);
    add_property(I, ft, "_cancel_requested", f_get_cancel_requested, nullptr);
    add_property(I, ft, "_log_traceback", f_get_log_traceback, f_set_log_traceback);
    add_property(I, ft, "_state", f_get_state, nullptr);
    dict_set_str(I, ft->dict, I.n.__module__, I.str("asyncio"));
    dict_set_str(I, mod, I.intern("Future"), Value::object(ft));
}

// A Future is its own __await__ iterator (as futures.Future.__await__): the first resume
// yields the future itself to the Task; once it is done, the next resume returns its result.
SendStatus FutureObj::send(Interp& I, Value, Value* out) {
    FutureObj* f = this;
    if (f->state == FutState::Pending) {
        f->blocking = true;
        *out = Value::object(f);
        return SendStatus::Yield;
    }
    if (f->state == FutState::Cancelled) {
        Value e = future_make_cancelled_error(I, f);
        if (!e.is_error()) raise_value(I, e);
        return SendStatus::Error;
    }
    future_retrieved(I, f);
    if (!f->exception.is_none()) {
        raise_value(I, f->exception);
        return SendStatus::Error;
    }
    *out = f->result;
    return SendStatus::Return;
}

} // namespace loopscope
