// fast_await.cpp - the awaitables asyncio's natives hand an `await` instead of a coroutine:
// sleep(0)'s one bare yield (tasks.__sleep0), an await that ends at once, and the check that a
// native's result is awaited at once (so no program can see that it is not a coroutine); the
// natives standing in for tasks.py's sleep and create_task in untraced runs.
#include "asyncio/fast_await.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/tasks.h"
#include "lang/classes.h"
#include "lang/frame.h"
#include "lang/frame_objects.h"
#include "lang/opcodes.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

namespace {

// The awaitable behind sleep(0) (tasks.__sleep0): one bare yield, then done with `result`
// (sleep's own when the native sleep stands in for its coroutine).
struct Sleep0Obj : NativeObj {
    bool yielded = false;
    Value result = Value::none();
    explicit Sleep0Obj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(result);
    }
    SendStatus send(Interp&, Value, Value* out) override {
        if (yielded) {
            *out = result;
            return SendStatus::Return;
        }
        *out = Value::none();
        yielded = true;
        return SendStatus::Yield;
    }
};

Value self_value(Interp&, Value self, const CallArgs&) {
    return self;
}

Value sleep0(Interp& I, Value self, const CallArgs&) {
    return Value::object(I.alloc<Sleep0Obj>(as<TypeObj>(self)));
}

#ifndef __EMSCRIPTEN__
// An await that ends at once with `result`.
struct ReadyObj : NativeObj {
    Value result;
    ReadyObj(TypeObj* t, Value r) : NativeObj(t), result(r) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(result);
    }
    size_t gc_size() const override { return 64; }
    SendStatus send(Interp&, Value, Value* out) override {
        *out = result;
        return SendStatus::Return;
    }
};

// asyncio.sleep: `await asyncio.sleep(0)` (a delay of 0 or less, given as an int or a float)
// untraced on a running loop outside debug mode is tasks.py's `await _sleep0()` without sleep's
// coroutine around it; anything else is the coroutine of tasks.py's sleep (in `self`).
Value fast_sleep(Interp& I, Value self, const CallArgs& a) {
    if (!a.kwnames && (a.nargs == 1 || a.nargs == 2)) {
        Value d = a.args[0];
        AsyncState* st = async_state(I);
        bool zero = d.is_small_int() ? d.as_small_int() <= 0 : d.is_float() && d.f <= 0;
        if (zero && !st->trace.sink && st->running_loop && !st->running_loop->debug &&
            awaited_at_once(I, fast_sleep)) {
            auto* s = I.alloc<Sleep0Obj>(st->sleep0_type);
            if (a.nargs == 2) s->result = a.args[1];
            return Value::object(s);
        }
    }
    return call(I, self, a);
}

// asyncio.create_task(coro): untraced, on a running loop of the native type outside debug mode
// without a task factory, what tasks.py's create_task does (loop.create_task(coro)) without its
// frame; anything else (a name, a context, not a coroutine: its errors) is tasks.py's (`self`).
Value fast_create_task(Interp& I, Value self, const CallArgs& a) {
    AsyncState* st = async_state(I);
    LoopObj* loop = st->running_loop;
    if (a.nargs == 1 && !a.kwnames && !st->trace.sink && loop && loop->type == st->loop_type &&
        !loop->debug && !loop->closed && loop->task_factory.is_none() && is_coroutine(a.args[0])) {
        TaskObj* t = new_task(I, loop, a.args[0], Value::none(), Value::undef());
        return t ? Value::object(t) : Value::error();
    }
    return call(I, self, a);
}
#endif

} // namespace

bool awaited_at_once(Interp& I, NativeFn fn) {
#ifdef __EMSCRIPTEN__
    (void)I;
    (void)fn;
    return false;
#else
    // The VM saved the frame at the call: ip is past the CALL, sp past its arguments, and
    // below them lies the callable (the CALL's layout: [null|callable, callable|self, args]).
    Frame* f = I.frame;
    if (!f || !f->ip || f->ip - 1 < f->code->code.data()) return false;
    uint32_t call_ins = f->ip[-1], next = f->ip[0];
    if ((call_ins & 0xff) != uint32_t(Op::CALL) || (next & 0xff) != uint32_t(Op::GET_AWAITABLE))
        return false;
    const Value* args = f->sp - (call_ins >> 8);
    if (args - 2 < f->slots) return false;
    Value callable = args[-2].is_undef() ? args[-1] : args[-2];
    return is_kind(callable, Kind::NativeFunction) && as<NativeFunctionObj>(callable)->fn == fn;
#endif
}

#ifndef __EMSCRIPTEN__
void add_stand_in_traceback(Interp& I, Value exc, FunctionObj* fn, std::span<const Value> locals,
                            int32_t lasti) {
    CodeObj* c = fn->code;
    if (!is_kind(exc, Kind::Exception) || lasti < 0 || size_t(lasti) >= c->code.size()) return;
    // (a frame made to be finished at once: its frame object keeps the locals and the line, as
    // a coroutine's frame object does once the exception ended it)
    Frame* f = Frame::create(c, fn, fn->globals);
    int32_t nlocals = c->nlocals(), ncells = int32_t(c->cellnames.size());
    for (size_t i = 0; i < locals.size() && int32_t(i) < nlocals; ++i) f->slots[i] = locals[i];
    for (size_t j = 0; j < fn->closure.size(); ++j)
        f->slots[nlocals + ncells + int32_t(j)] = Value::object(fn->closure[j]);
    f->ip = c->code.data() + lasti + 1;
    as<ExceptionObj>(exc)->traceback.push_back(
        TracebackEntry{c, f->line(), lasti, frame_object(I, f)});
    Frame::destroy(f);
}

int32_t last_await(const CodeObj* code) {
    for (size_t i = code->code.size(); i-- > 0;)
        if ((code->code[i] & 0xff) == uint32_t(Op::SEND)) return int32_t(i);
    return -1;
}
#endif

static NativeFn stand_ins[8];

void register_coroutine_stand_in(NativeFn fn) {
    for (NativeFn& s : stand_ins) {
        if (s == fn) return;
        if (!s) {
            s = fn;
            return;
        }
    }
}

bool is_coroutine_stand_in(Value v) {
    if (is_unbound_native(v)) v = as<NativeFunctionObj>(v)->self; // (Queue.put on the class)
    if (!is_kind(v, Kind::NativeFunction)) return false;
    for (NativeFn s : stand_ins)
        if (s && s == as<NativeFunctionObj>(v)->fn) return true;
    return false;
}

#ifndef __EMSCRIPTEN__
Value ready_awaitable(Interp& I, AsyncState* st, Value result) {
    return Value::object(I.alloc<ReadyObj>(st->ready_type, result));
}
#endif

void init_fast_await(Interp& I, AsyncState* st, DictObj* mod) {
    st->sleep0_type = new_builtin_type(I, "_Sleep0", I.t.object, Kind::Native);
    add_method(I, st->sleep0_type, "__await__", self_value);
    register_self_await(self_value);
    dict_set_str(I, mod, I.intern("_sleep0"),
                 new_native_function(I, "_sleep0", sleep0, Value::object(st->sleep0_type)));
#ifndef __EMSCRIPTEN__
    st->ready_type = new_builtin_type(I, "_Ready", I.t.object, Kind::Native);
    add_method(I, st->ready_type, "__await__", self_value);
    st->ready_none = Value::object(I.alloc<ReadyObj>(st->ready_type, Value::none()));
    // _fast_sleep(sleep) -> the native asyncio.sleep standing in for tasks.py's
    register_coroutine_stand_in(fast_sleep);
    set_fn(I, mod, "_fast_sleep", [](Interp& I, Value, const CallArgs& a) {
        if (a.nargs != 1 || !is_kind(a.args[0], Kind::Function))
            return raise_type_error(I, "_fast_sleep(sleep)");
        return new_native_function(I, "sleep", fast_sleep, a.args[0]);
    });
    // _fast_create_task(create_task) -> the native asyncio.create_task standing in for tasks.py's
    set_fn(I, mod, "_fast_create_task", [](Interp& I, Value, const CallArgs& a) {
        if (a.nargs != 1 || !is_kind(a.args[0], Kind::Function))
            return raise_type_error(I, "_fast_create_task(create_task)");
        return new_native_function(I, "create_task", fast_create_task, a.args[0]);
    });
#endif
}

} // namespace loopscope
