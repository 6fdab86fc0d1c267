// function_methods.cpp - methods of generators, coroutines and async generators (send, throw,
// close, __next__, __anext__, ...), and the __build_class__ builtin.
#include "lang/finalize.h"
#include "lang/init.h"
#include "lang/ops.h"
#include "lang/vm_internal.h"

namespace loopscope {

Value async_gen_anext(Interp& I, GenObj* g, Value v, bool is_throw, bool is_close = false);

SendStatus NativeObj::send(Interp& I, Value, Value*) {
    raise_type_error(I, "'" + type->name->s + "' object is not an iterator");
    return SendStatus::Error;
}

SendStatus NativeObj::throw_(Interp& I, Value exc, Value*) {
    I.exc = exc;
    return SendStatus::Error;
}

static GenObj* self_gen(Value self) {
    return as<GenObj>(self);
}

// The value of a generator's `return` travels in StopIteration(value).
static Value stop_iteration(Interp& I, Value v) {
    Value e = make_exception(I, I.t.StopIteration, "");
    as<ExceptionObj>(e)->args = v.is_none() ? I.empty_tuple : as<TupleObj>(new_tuple(I, {v}));
    return raise_value(I, e);
}

static Value result_of(Interp& I, const RunResult& r) {
    switch (r.status) {
        case RunStatus::Yielded: return r.value;
        case RunStatus::Returned: return stop_iteration(I, r.value);
        case RunStatus::Paused: // a nested run never pauses (Interp::native_depth > 0)
        case RunStatus::Raised: return Value::error();
    }
    return Value::error();
}

static Value gen_next(Interp& I, Value self, const CallArgs&) {
    RunResult r = gen_send(I, self_gen(self), Value::none());
    if (r.status == RunStatus::Returned) return stop_iteration(I, r.value);
    return result_of(I, r);
}

static Value gen_send_m(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "send", 1, 1)) return Value::error();
    return result_of(I, gen_send(I, self_gen(self), a.args[0]));
}

static Value gen_throw_m(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "throw", 1, 3)) return Value::error();
    Value exc = a.args[0];
    if (a.nargs >= 2 && is_kind(exc, Kind::Type) && !a.args[1].is_none()) {
        Value args[1] = {a.args[1]};
        exc = is_kind(a.args[1], Kind::Exception) ? a.args[1]
                                                  : call(I, exc, std::span<const Value>(args, 1));
        if (exc.is_error()) return exc;
    }
    if (!is_kind(exc, Kind::Exception) &&
        !(is_kind(exc, Kind::Type) && is_subtype(as<TypeObj>(exc), I.t.BaseException)))
        return raise_type_error(I, "exceptions must be classes or instances deriving from "
                                   "BaseException, not " +
                                       type_name(I, exc));
    return result_of(I, gen_throw(I, self_gen(self), exc));
}

static Value gen_close_m(Interp& I, Value self, const CallArgs&) {
    return gen_close(I, self_gen(self));
}

static Value self_m(Interp&, Value self, const CallArgs&) {
    return self;
}

static Value coro_await(Interp& I, Value self, const CallArgs&) {
    // A coroutine's __await__ iterator; awaiting the coroutine itself behaves the same here.
    self_gen(self)->awaited = true;
    (void)I;
    return self;
}

// The first __anext__/asend/athrow/aclose consults sys.set_asyncgen_hooks (as genobject.c's
// async_gen_init_hooks): the finalizer then current is kept, the firstiter hook is called.
static bool agen_init_hooks(Interp& I, GenObj* g) {
    if (g->ag_hooks_inited) return true;
    g->ag_hooks_inited = true;
    if (I.asyncgen_finalizer.is_obj()) {
        g->set_ag_finalizer(I.asyncgen_finalizer.o);
        fin_watch(I, g); // dropping it calls the finalizer (finalize.h)
    }
    if (I.asyncgen_firstiter.is_none()) return true;
    Value hook = I.asyncgen_firstiter;
    Rooted keep(I, hook);
    Value arg = Value::object(g);
    return !call(I, hook, std::span<const Value>(&arg, 1)).is_error();
}

static Value agen_anext(Interp& I, Value self, const CallArgs&) {
    if (!agen_init_hooks(I, self_gen(self))) return Value::error();
    return async_gen_anext(I, self_gen(self), Value::none(), false);
}
static Value agen_asend(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "asend", 1, 1)) return Value::error();
    if (!agen_init_hooks(I, self_gen(self))) return Value::error();
    return async_gen_anext(I, self_gen(self), a.args[0], false);
}
static Value agen_athrow(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "athrow", 1, 3)) return Value::error();
    if (!agen_init_hooks(I, self_gen(self))) return Value::error();
    Value exc = a.args[0];
    // Anything else is refused with TypeError when the awaitable runs (vm_gen.cpp).
    if (is_kind(exc, Kind::Type) && is_subtype(as<TypeObj>(exc), I.t.BaseException)) {
        exc = call(I, exc, std::span<const Value>());
        if (exc.is_error()) return exc;
    }
    return async_gen_anext(I, self_gen(self), exc, true);
}
static Value agen_aclose(Interp& I, Value self, const CallArgs&) {
    GenObj* g = self_gen(self);
    if (!agen_init_hooks(I, g)) return Value::error();
    if (!g->started) {
        finish_generator(I, g);
        g->ag_closed = true;
    }
    Value ge = make_exception(I, I.t.GeneratorExit, "");
    as<ExceptionObj>(ge)->args = I.empty_tuple;
    return async_gen_anext(I, g, ge, true, true);
}

void init_function_methods(Interp& I) {
    for (TypeObj* t : {I.t.generator}) {
        add_method(I, t, "__iter__", self_m);
        add_method(I, t, "__next__", gen_next);
    }
    for (TypeObj* t : {I.t.generator, I.t.coroutine}) {
        add_method(I, t, "send", gen_send_m);
        add_method(I, t, "throw", gen_throw_m);
        add_method(I, t, "close", gen_close_m);
    }
    add_method(I, I.t.coroutine, "__await__", coro_await);
    add_method(I, I.t.async_generator, "__aiter__", self_m);
    add_method(I, I.t.async_generator, "__anext__", agen_anext);
    add_method(I, I.t.async_generator, "asend", agen_asend);
    add_method(I, I.t.async_generator, "athrow", agen_athrow);
    add_method(I, I.t.async_generator, "aclose", agen_aclose);
    add_builtin(I, "__build_class__", build_class);
}

} // namespace loopscope
