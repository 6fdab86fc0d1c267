// gather_fast.cpp - asyncio.gather natively (py/tasks.py's gather, as CPython's tasks.gather)
// when nothing can tell: an untraced run, a running loop that is not in debug mode and has no
// task factory, and arguments that are coroutines or futures of that loop. It makes the same
// tasks, adds the same done callbacks and completes the same outer future, in the same order;
// only the callback is a native function instead of gather's closure. Anything else calls
// tasks.py's gather (a traced run shows its callbacks in its own words).
#include "asyncio/gather_fast.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/fast_paths.h"
#include "asyncio/futures.h"
#include "asyncio/tasks.h"
#include "lang/builtins_shared.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

// The page's wasm build leaves this out (fast_paths.h): it always records a trace, where
// tasks.py's gather runs anyway; tasks.py then keeps its gather.
#if LOOPSCOPE_ASYNC_FAST_PATHS
namespace {

// What gather's closure keeps: the children, how many are distinct and finished, the outer
// future (null until every child exists).
struct GatherObj : NativeObj {
    std::vector<Value> children;
    int64_t count = 0, finished = 0;
    FutureObj* outer = nullptr;
    bool return_exceptions = false;
    explicit GatherObj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        for (const Value& v : children) gc.mark(v);
        if (outer) gc.mark(outer);
    }
    size_t gc_size() const override { return 64 + 16 * children.size(); }
};

// fut.exception() of a done future that is not cancelled (it is retrieved now).
Value exception_of(Interp& I, FutureObj* f) {
    future_retrieved(I, f);
    return f->exception;
}

// gather's _done_callback(fut), bound to its GatherObj.
Value done_callback(Interp& I, Value self, const CallArgs& a) {
    auto* g = as<GatherObj>(self);
    FutureObj* fut = a.nargs == 1 ? as_future(a.args[0]) : nullptr;
    if (!fut || fut->state == FutState::Pending)
        return raise_type_error(I, "gather's done callback takes a done future");
    g->finished++;
    FutureObj* outer = g->outer;
    if (!outer || outer->state != FutState::Pending) {
        // too late to matter: retrieve the exception so it is not logged
        if (fut->state != FutState::Cancelled) future_retrieved(I, fut);
        return Value::none();
    }
    if (!g->return_exceptions) {
        if (fut->state == FutState::Cancelled) {
            Value exc = future_make_cancelled_error(I, fut);
            if (exc.is_error() || !future_set_exception(I, outer, exc)) return Value::error();
            return Value::none();
        }
        Value exc = exception_of(I, fut);
        if (!exc.is_none()) {
            if (!future_set_exception(I, outer, exc)) return Value::error();
            return Value::none();
        }
    }
    if (g->finished < g->count) return Value::none();
    RootedValues results(I);
    FutureObj* last = fut;
    for (Value c : g->children) {
        FutureObj* cf = as_future(c);
        last = cf;
        if (cf->state == FutState::Cancelled) {
            Value msg = cf->cancel_message().is_none() ? I.str("") : cf->cancel_message();
            Value e = call(I, Value::object(I.t.CancelledError), std::span<const Value>(&msg, 1));
            if (e.is_error()) return e;
            results.items.push_back(e);
        } else {
            Value exc = exception_of(I, cf);
            results.items.push_back(exc.is_none() ? cf->result : exc);
        }
    }
    if (outer->cancel_requested) {
        // gather() was cancelled while a child swallowed it: the error of the last child
        Value exc = future_make_cancelled_error(I, last);
        if (exc.is_error() || !future_set_exception(I, outer, exc)) return Value::error();
        return Value::none();
    }
    Value list = new_list(I, std::move(results.items));
    if (!future_set_result(I, outer, list)) return Value::error();
    return Value::none();
}

// gather(*coros_or_futures, return_exceptions=False), bound to tasks.py's gather (`self`).
Value gather_fn(Interp& I, Value self, const CallArgs& a) {
    AsyncState* st = async_state(I);
    LoopObj* loop = st->running_loop;
    Value rex = Value::boolean(false);
    bool plain = !st->trace.sink && loop && !loop->debug && !loop->closed &&
                 loop->task_factory.is_none() && a.nargs > 0;
    for (int k = 0; plain && k < a.nkw(); ++k) {
        if (str_view(a.kwnames->items[size_t(k)]) != "return_exceptions") plain = false;
        rex = a.args[a.nargs + k];
    }
    // (a flag whose truth cannot change: tasks.py reads it at each callback)
    if (!rex.is_bool() && !rex.is_none() && !rex.is_int()) plain = false;
    for (int i = 0; plain && i < a.nargs; ++i) {
        Value v = a.args[i];
        if (is_coroutine(v)) continue;
        FutureObj* f = as_future(v);
        // (exactly a Future or a Task: a subclass could compare or hash otherwise)
        if (!f || f->loop != loop || (f->type != st->future_type && f->type != st->task_type))
            plain = false;
    }
    int rt = plain ? truthy(I, rex) : 0;
    if (rt < 0) return Value::error();
    if (!plain) return call(I, self, a);
    auto* g = I.alloc<GatherObj>(st->gather_type);
    Rooted keep(I, Value::object(g));
    g->return_exceptions = rt == 1;
    auto* cb =
        I.alloc<NativeFunctionObj>(I.t.builtin_function, done_callback, st->gather_callback_name);
    cb->self = Value::object(g);
    Rooted keep_cb(I, Value::object(cb));
    g->children.reserve(size_t(a.nargs));
    for (int i = 0; i < a.nargs; ++i) {
        Value arg = a.args[i];
        // a repeated argument repeats its future (tasks.py's future_of: coroutines and futures
        // compare by identity)
        bool seen = false;
        for (int j = 0; j < i && !seen; ++j) {
            if (a.args[j].same(arg)) {
                g->children.push_back(g->children[size_t(j)]);
                seen = true;
            }
        }
        if (seen) continue;
        Value fut = arg;
        if (!as_future(arg)) { // ensure_future: loop.create_task(coro)
            TaskObj* t = new_task(I, loop, arg, Value::none(), Value::undef());
            if (!t) return Value::error();
            fut = Value::object(t);
        }
        g->count++;
        g->children.push_back(fut);
        // add_done_callback (its context copy is left out: a native callback reads none)
        future_add_callback(I, as_future(fut), {Value::object(cb), false, Value::none()});
    }
    FutureObj* outer = new_future(I, loop);
    outer->gathering = true;
    outer->set_children(g->children);
    g->outer = outer;
    return Value::object(outer);
}

} // namespace

#endif // LOOPSCOPE_ASYNC_FAST_PATHS

void init_gather_fast(Interp& I, AsyncState* st, DictObj* mod) {
#if !LOOPSCOPE_ASYNC_FAST_PATHS
    (void)I;
    (void)st;
    (void)mod;
#else
    st->gather_type = new_builtin_type(I, "_GatherState", I.t.object, Kind::Native);
    st->gather_callback_name = I.intern("_done_callback");
    // _fast_gather(gather) -> the native gather standing in for tasks.py's `gather`
    set_fn(I, mod, "_fast_gather", [](Interp& I, Value, const CallArgs& a) {
        if (a.nargs != 1 || !is_kind(a.args[0], Kind::Function))
            return raise_type_error(I, "_fast_gather(gather)");
        return new_native_function(I, "gather", gather_fn, a.args[0]);
    });
#endif
}

} // namespace loopscope
