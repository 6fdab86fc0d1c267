// locks_fast.cpp - `async with` on a Lock or Semaphore, and Event.set / clear / is_set, done
// natively when nothing can tell: the run is not traced, the object is exactly one of
// py/locks.py's classes and the methods involved are still the ones locks.py defined. They do
// what locks.py's code does (CPython's asyncio/locks.py): a free Lock is taken, a Semaphore with
// a unit and nobody waiting gives one, a release wakes the first waiter (for a Semaphore the
// first not woken yet), Event.set wakes every waiter. Anything else - a traced run (whose task
// stacks show locks.py's frames), a lock that is taken, an error to raise, a subclass - runs
// locks.py's own methods, unchanged.
#include "asyncio/locks_fast.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/deque.h"
#include "asyncio/fast_await.h"
#include "asyncio/fast_paths.h"
#include "asyncio/futures.h"
#include "lang/classes.h"
#include "lang/inst_values.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

// The page's wasm build leaves these out (fast_paths.h): it always records a trace, where
// locks.py's own methods run anyway; locks.py then keeps its methods.
#if LOOPSCOPE_ASYNC_FAST_PATHS
namespace {

using Fast = AsyncState::FastLocks;

// What __aenter__ / __aexit__ return on the fast path: an awaitable done at once, whose value is
// None (what the mixin's coroutines return).
struct DoneObj : NativeObj {
    explicit DoneObj(TypeObj* t) : NativeObj(t) {}
    SendStatus send(Interp&, Value, Value* out) override {
        *out = Value::none();
        return SendStatus::Return;
    }
};

Value self_value(Interp&, Value self, const CallArgs&) {
    return self;
}

// The fast-path state when `self` is an instance of exactly `which` (one of fast's types) in
// an untraced run; nullptr otherwise.
Fast* fast_for(Interp& I, Value self, TypeObj* Fast::*which, TypeObj* Fast::*also = nullptr) {
    AsyncState* st = async_state(I);
    Fast* f = &st->fast_locks;
    if (st->trace.sink || !f->lock || !is_kind(self, Kind::Instance)) return nullptr;
    TypeObj* t = self.o->type;
    if (t != f->*which && (!also || t != f->*also)) return nullptr;
    return inst_dict(I, as<InstanceObj>(self)) ? f : nullptr; // (made: inst_values.h)
}

DictObj* dict_of(Value self) {
    return as<InstanceObj>(self)->dict;
}

// `name` on the instance is the class's `original` (nobody replaced or shadowed it).
bool unpatched(Value self, StrObj* name, Value original) {
    if (!dict_get_str(dict_of(self), name).is_undef()) return false;
    return type_lookup_cached(self.o->type, name).same(original);
}

// The waiter list `w` (None: none); false when it is something else than a _deque.
bool waiters_of(Value w, std::deque<Value>** out) {
    *out = nullptr;
    if (w.is_none()) return true;
    *out = deque_items(w);
    return *out != nullptr;
}

// No waiter that is not cancelled (1), one (0), or an item that is not a future (-1).
int all_cancelled(const std::deque<Value>* ws) {
    if (ws)
        for (const Value& w : *ws) {
            FutureObj* fut = as_future(w);
            if (!fut) return -1;
            if (fut->state != FutState::Cancelled) return 0;
        }
    return 1;
}

bool all_futures(const std::deque<Value>* ws) {
    if (ws)
        for (const Value& w : *ws)
            if (!as_future(w)) return false;
    return true;
}

// fn(self, *args, **kwargs) (the keyword values follow the positional ones)
Value call_original(Interp& I, Value fn, Value self, const CallArgs& a) {
    std::vector<Value> argv{self};
    argv.insert(argv.end(), a.args, a.args + a.nargs + a.nkw());
    return call(I, fn, CallArgs{argv.data(), a.nargs + 1, a.kwnames});
}

// `_waiters.remove(fut)` (by identity: futures compare so); false with ValueError set when it is
// gone (as the deque's remove).
bool remove_waiter(Interp& I, Value waiters, FutureObj* fut) {
    std::deque<Value>* ws = deque_items(waiters);
    if (ws)
        for (auto it = ws->begin(); it != ws->end(); ++it)
            if (it->is_obj() && it->o == fut) {
                ws->erase(it);
                return true;
            }
    raise_value_error(I, "deque.remove(x): x not in deque");
    return false;
}

// Lock._wake_up_first: the first waiter, if not done, gets True.
bool lock_wake_first(Interp& I, Fast* f, DictObj* d) {
    std::deque<Value>* ws;
    if (!waiters_of(dict_get_str(d, f->s_waiters), &ws) || !ws || ws->empty()) return true;
    FutureObj* first = as_future(ws->front());
    if (!first || first->state != FutState::Pending) return true;
    return future_set_result(I, first, Value::boolean(true));
}

// Semaphore._wake_up_next: the first waiter not done gets a unit (the value drops by one).
bool sem_wake_next(Interp& I, Fast* f, DictObj* d) {
    std::deque<Value>* ws;
    if (!waiters_of(dict_get_str(d, f->s_waiters), &ws) || !ws) return true;
    for (const Value& w : *ws) {
        FutureObj* fut = as_future(w);
        if (fut && fut->state == FutState::Pending) {
            Value v = dict_get_str(d, f->s_value);
            if (!v.is_int()) return true; // (not reached: checked before the wait)
            dict_set_str(I, d, f->s_value, Value::integer(v.i - 1));
            return future_set_result(I, fut, Value::boolean(true));
        }
    }
    return true;
}

enum class Prim : uint8_t { Lock, Semaphore, Event };

// The rest of Lock.acquire / Semaphore.acquire / Event.wait once they wait: `await fut` on the
// future already in _waiters, then what follows it in locks.py (the future leaves the list; a
// cancelled Lock waiter passes a free lock on, a Semaphore waiter gives back the unit it was
// handed; on success the Lock is taken, a Semaphore wakes the next waiter if units are left,
// Event.wait returns True).
struct WaitObj : NativeObj {
    Value prim;     // the Lock, Semaphore or Event
    FutureObj* fut; // its waiter future
    Prim kind;
    bool yielded = false;
    bool bare = false; // Event.wait's, awaited at once: no coroutine of locks.py around it
    WaitObj(TypeObj* t, Value p, FutureObj* f, Prim k) : NativeObj(t), prim(p), fut(f), kind(k) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(prim);
        gc.mark(fut);
    }
    SendStatus send(Interp& I, Value, Value* out) override {
        if (!yielded && fut->state == FutState::Pending) {
            yielded = true;
            fut->blocking = true;
            *out = Value::object(fut);
            return SendStatus::Yield;
        }
        // `await fut` ends (as Future.__await__): its result, or its error
        Value exc = Value::none();
        if (fut->state == FutState::Cancelled) {
            exc = future_make_cancelled_error(I, fut);
            if (exc.is_error()) {
                exc = I.exc;
                I.exc = Value::none();
            }
        } else if (fut->state == FutState::Finished) {
            future_retrieved(I, fut);
            exc = fut->exception;
        }
        return finish(I, exc, out);
    }
    SendStatus throw_(Interp& I, Value exc, Value* out) override { return finish(I, exc, out); }

    SendStatus finish(Interp& I, Value exc, Value* out) {
        SendStatus s = finish_wait(I, exc, out);
#ifndef __EMSCRIPTEN__ // (bare natively only)
        if (s == SendStatus::Error && bare) {
            // the error leaves Event.wait's coroutine, as if there were one
            Fast* f = &async_state(I)->fast_locks;
            Value locals[] = {prim, Value::object(this)}; // (self, waiting)
            add_stand_in_traceback(I, I.exc, as<FunctionObj>(f->event_wait_fast), locals,
                                   f->event_wait_send);
        }
#endif
        return s;
    }

    SendStatus finish_wait(Interp& I, Value exc, Value* out) {
        Fast* f = &async_state(I)->fast_locks;
        DictObj* d = as<InstanceObj>(prim)->dict;
        if (!remove_waiter(I, dict_get_str(d, f->s_waiters), fut)) return SendStatus::Error;
        if (!exc.is_none()) {
            if (kind != Prim::Event && isinstance(I, exc, I.t.CancelledError)) {
                bool ok = true;
                if (kind == Prim::Lock) {
                    Value locked = dict_get_str(d, f->s_locked);
                    if (!truthy(I, locked)) ok = lock_wake_first(I, f, d);
                } else if (fut->state != FutState::Cancelled) {
                    Value v = dict_get_str(d, f->s_value);
                    dict_set_str(I, d, f->s_value, Value::integer(v.i + 1));
                    ok = sem_wake_next(I, f, d);
                }
                if (!ok) return SendStatus::Error;
            }
            I.exc = exc;
            return SendStatus::Error;
        }
        if (kind == Prim::Event) {
            *out = Value::boolean(true);
            return SendStatus::Return;
        }
        if (kind == Prim::Lock) {
            dict_set_str(I, d, f->s_locked, Value::boolean(true));
        } else {
            Value v = dict_get_str(d, f->s_value);
            if (v.is_int() && v.i > 0 && !sem_wake_next(I, f, d)) return SendStatus::Error;
        }
        *out = Value::none();
        return SendStatus::Return;
    }
};

// The first half of a wait in Lock.acquire / Semaphore.acquire / Event.wait: self._get_loop() (the
// primitive is bound to the running loop), loop.create_future(), _waiters (made on the first
// wait) gets it. nullptr when that is not plain (debug mode, another loop, no running loop,
// an odd _waiters or value): locks.py's coroutine does it then.
Value start_wait(Interp& I, Fast* f, Value self, Prim kind) {
    AsyncState* st = async_state(I);
    LoopObj* loop = st->running_loop;
    if (!loop || loop->debug) return Value::undef();
    DictObj* d = dict_of(self);
    Value bound = dict_get_str(d, f->s_loop);
    if (bound.is_undef()) {
        // the class's _loop (None), unless something shadows it
        if (!type_lookup_cached(self.o->type, f->s_loop).is_none()) return Value::undef();
    } else if (!(bound.is_obj() && bound.o == loop)) {
        return Value::undef();
    }
    Value w = dict_get_str(d, f->s_waiters);
    std::deque<Value>* ws;
    if (!waiters_of(w, &ws) || (!ws && kind == Prim::Event)) return Value::undef();
    if (kind == Prim::Semaphore) {
        Value v = dict_get_str(d, f->s_value);
        if (!v.is_int() || v.i < 0 || v.i >= (int64_t(1) << 60)) return Value::undef();
    }
    if (bound.is_undef()) dict_set_str(I, d, f->s_loop, Value::object(loop));
    if (!ws) {
        w = call(I, f->deque_type, std::span<const Value>());
        if (w.is_error()) return w;
        dict_set_str(I, d, f->s_waiters, w);
        ws = deque_items(w);
    }
    FutureObj* fut = new_future(I, loop);
    ws->push_back(Value::object(fut));
    return Value::object(I.alloc<WaitObj>(f->wait_type, self, fut, kind));
}

// Lock.__aenter__: Lock.acquire's first case (free, and no waiter that is not cancelled).
Value lock_aenter(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::lock);
    if (f && a.nargs == 0 && !a.kwnames && unpatched(self, f->s_acquire, f->lock_acquire)) {
        DictObj* d = dict_of(self);
        Value locked = dict_get_str(d, f->s_locked);
        std::deque<Value>* ws;
        if (locked.is_bool() && !locked.b && waiters_of(dict_get_str(d, f->s_waiters), &ws) &&
            all_cancelled(ws) == 1) {
            dict_set_str(I, d, f->s_locked, Value::boolean(true));
            return f->done;
        }
        if (locked.is_bool()) {
            Value w = start_wait(I, f, self, Prim::Lock);
            if (!w.is_undef()) return w;
        }
    }
    return call_original(I, async_state(I)->fast_locks.cm_aenter, self, a);
}

// Lock.__aexit__: Lock.release of a held lock, waking the first waiter.
Value lock_aexit(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::lock);
    if (f && a.nargs == 3 && !a.kwnames && unpatched(self, f->s_release, f->lock_release)) {
        DictObj* d = dict_of(self);
        Value locked = dict_get_str(d, f->s_locked);
        std::deque<Value>* ws;
        FutureObj* first = nullptr;
        if (locked.is_bool() && locked.b && waiters_of(dict_get_str(d, f->s_waiters), &ws) &&
            (!ws || ws->empty() || (first = as_future(ws->front())))) {
            dict_set_str(I, d, f->s_locked, Value::boolean(false));
            if (first && first->state == FutState::Pending &&
                !future_set_result(I, first, Value::boolean(true)))
                return Value::error();
            return f->done;
        }
    }
    return call_original(I, async_state(I)->fast_locks.cm_aexit, self, a);
}

// Semaphore.__aenter__: Semaphore.acquire's first case (not locked(): a unit left and no
// waiter that is not cancelled).
Value sem_aenter(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::sem, &Fast::bsem);
    if (f && a.nargs == 0 && !a.kwnames && unpatched(self, f->s_acquire, f->sem_acquire)) {
        DictObj* d = dict_of(self);
        Value value = dict_get_str(d, f->s_value);
        std::deque<Value>* ws;
        if (value.is_int() && value.i > 0 && value.i < (int64_t(1) << 60) &&
            waiters_of(dict_get_str(d, f->s_waiters), &ws) && all_cancelled(ws) == 1) {
            dict_set_str(I, d, f->s_value, Value::integer(value.i - 1));
            return f->done;
        }
        Value w = start_wait(I, f, self, Prim::Semaphore);
        if (!w.is_undef()) return w;
    }
    return call_original(I, async_state(I)->fast_locks.cm_aenter, self, a);
}

// Semaphore.__aexit__: Semaphore.release (BoundedSemaphore's when below its bound), then
// _wake_up_next: the first waiter not done gets the unit.
Value sem_aexit(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::sem, &Fast::bsem);
    if (f && a.nargs == 3 && !a.kwnames) {
        bool bounded = self.o->type == f->bsem;
        DictObj* d = dict_of(self);
        Value value = dict_get_str(d, f->s_value);
        Value bound = bounded ? dict_get_str(d, f->s_bound) : Value::none();
        std::deque<Value>* ws;
        if (unpatched(self, f->s_release, bounded ? f->bsem_release : f->sem_release) &&
            value.is_int() && value.i >= 0 && value.i < (int64_t(1) << 60) &&
            (!bounded || (bound.is_int() && value.i < bound.i)) &&
            waiters_of(dict_get_str(d, f->s_waiters), &ws)) {
            int64_t v = value.i + 1;
            FutureObj* next = nullptr;
            bool futures = true; // (the waiters up to the first not done)
            if (ws)
                for (const Value& w : *ws) {
                    FutureObj* fut = as_future(w);
                    if (!fut || fut->state == FutState::Pending) {
                        futures = fut != nullptr;
                        next = fut;
                        break;
                    }
                }
            if (!futures) return call_original(I, f->cm_aexit, self, a);
            if (next) --v;
            dict_set_str(I, d, f->s_value, Value::integer(v));
            if (next && !future_set_result(I, next, Value::boolean(true))) return Value::error();
            return f->done;
        }
    }
    return call_original(I, async_state(I)->fast_locks.cm_aexit, self, a);
}

// Event.set: every waiter not done yet gets True.
Value event_set(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::event);
    if (f && a.nargs == 0 && !a.kwnames) {
        DictObj* d = dict_of(self);
        Value value = dict_get_str(d, f->s_value);
        std::deque<Value>* ws;
        if (value.is_bool() && value.b) return Value::none();
        if (value.is_bool() && waiters_of(dict_get_str(d, f->s_waiters), &ws) && all_futures(ws)) {
            dict_set_str(I, d, f->s_value, Value::boolean(true));
            if (ws) {
                // (set_result only schedules callbacks: the list cannot change meanwhile)
                for (size_t i = 0; i < ws->size(); ++i) {
                    FutureObj* fut = as_future((*ws)[i]);
                    if (fut->state == FutState::Pending &&
                        !future_set_result(I, fut, Value::boolean(true)))
                        return Value::error();
                }
            }
            return Value::none();
        }
    }
    return call_original(I, async_state(I)->fast_locks.event_set, self, a);
}

// Event.wait untraced on an Event (exactly): a coroutine of locks.py's _fast_wait, which
// awaits _event_wait(self) instead of making, listing and awaiting the future in Python. When
// the call is awaited at once (fast_await.h), _fast_wait's body without its coroutine: an
// await ending at once with True when the event is set, else the wait itself.
Value event_wait(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::event);
    if (f && a.nargs == 0 && !a.kwnames) {
#ifndef __EMSCRIPTEN__ // (the wasm CLI's copy of this file has no finished awaits)
        if (awaited_at_once(I, event_wait)) {
            Value v = dict_get_str(dict_of(self), f->s_value);
            if (v.is_bool() && v.b) return ready_awaitable(I, async_state(I), v);
            if (v.is_bool()) {
                Value w = start_wait(I, f, self, Prim::Event);
                if (w.is_obj()) static_cast<WaitObj*>(w.o)->bare = true;
                if (!w.is_undef()) return w;
            }
        }
#endif
        return call_original(I, f->event_wait_fast, self, a);
    }
    return call_original(I, async_state(I)->fast_locks.event_wait, self, a);
}

// _event_wait(event) -> what _fast_wait awaits: the wait from its future on, or None when
// locks.py's own Event.wait has to do it (debug mode, another loop, odd waiters).
Value event_wait_start(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 1) return raise_type_error(I, "_event_wait(event)");
    Fast* f = fast_for(I, a.args[0], &Fast::event);
    Value w = f ? start_wait(I, f, a.args[0], Prim::Event) : Value::undef();
    return w.is_undef() ? Value::none() : w;
}

Value event_clear(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::event);
    if (f && a.nargs == 0 && !a.kwnames) {
        dict_set_str(I, dict_of(self), f->s_value, Value::boolean(false));
        return Value::none();
    }
    return call_original(I, async_state(I)->fast_locks.event_clear, self, a);
}

Value event_is_set(Interp& I, Value self, const CallArgs& a) {
    Fast* f = fast_for(I, self, &Fast::event);
    if (f && a.nargs == 0 && !a.kwnames) {
        Value v = dict_get_str(dict_of(self), f->s_value);
        if (!v.is_undef()) return v;
    }
    return call_original(I, async_state(I)->fast_locks.event_is_set, self, a);
}

Value method(Interp& I, std::string_view name, NativeFn fn) {
    Value m = new_native_function(I, name, fn);
    as<NativeFunctionObj>(m)->is_method = true; // binds to the instance, as a def would
    return m;
}

Value function_in(Interp& I, TypeObj* t, const char* name) {
    return dict_get_str(t->dict, I.intern(name));
}

// _fast_locks(_ContextManagerMixin, Lock, Semaphore, BoundedSemaphore, Event, _deque) -> the
// natives for Lock.__aenter__, Lock.__aexit__, Semaphore.__aenter__, Semaphore.__aexit__,
// Event.set, Event.clear, Event.is_set (locks.py puts them on the classes).
Value fast_locks_fn(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 7 || !is_kind(a.args[6], Kind::Function))
        return raise_type_error(I, "_fast_locks(mixin, Lock, Semaphore, BoundedSemaphore, Event, "
                                   "_deque, fast_wait)");
    for (int i = 0; i < 6; ++i)
        if (!is_kind(a.args[i], Kind::Type)) return raise_type_error(I, "_fast_locks: a class");
    AsyncState* st = async_state(I);
    Fast& f = st->fast_locks;
    TypeObj* mixin = as<TypeObj>(a.args[0]);
    f.lock = as<TypeObj>(a.args[1]);
    f.sem = as<TypeObj>(a.args[2]);
    f.bsem = as<TypeObj>(a.args[3]);
    f.event = as<TypeObj>(a.args[4]);
    f.deque_type = a.args[5];
    f.event_wait_fast = a.args[6];
#ifndef __EMSCRIPTEN__
    f.event_wait_send = last_await(as<FunctionObj>(a.args[6])->code);
#endif
    f.cm_aenter = function_in(I, mixin, "__aenter__");
    f.cm_aexit = function_in(I, mixin, "__aexit__");
    f.lock_acquire = function_in(I, f.lock, "acquire");
    f.lock_release = function_in(I, f.lock, "release");
    f.sem_acquire = function_in(I, f.sem, "acquire");
    f.sem_release = function_in(I, f.sem, "release");
    f.bsem_release = function_in(I, f.bsem, "release");
    f.event_set = function_in(I, f.event, "set");
    f.event_clear = function_in(I, f.event, "clear");
    f.event_is_set = function_in(I, f.event, "is_set");
    f.event_wait = function_in(I, f.event, "wait");
    for (Value v :
         {f.cm_aenter, f.cm_aexit, f.lock_acquire, f.lock_release, f.sem_acquire, f.sem_release,
          f.bsem_release, f.event_set, f.event_clear, f.event_is_set, f.event_wait})
        if (!is_kind(v, Kind::Function)) return raise_type_error(I, "_fast_locks: a method");
    f.s_locked = I.intern("_locked");
    f.s_waiters = I.intern("_waiters");
    f.s_value = I.intern("_value");
    f.s_bound = I.intern("_bound_value");
    f.s_acquire = I.intern("acquire");
    f.s_release = I.intern("release");
    f.s_loop = I.intern("_loop");
    f.wait_type = new_builtin_type(I, "_LockWait", I.t.object, Kind::Native);
    add_method(I, f.wait_type, "__await__", self_value);
    register_self_await(self_value);
    TypeObj* dt = new_builtin_type(I, "_Done", I.t.object, Kind::Native);
    add_method(I, dt, "__await__", self_value);
    f.done = Value::object(I.alloc<DoneObj>(dt));
    Value wait = method(I, "wait", event_wait);
    register_coroutine_stand_in(event_wait);
    return new_tuple(I, {method(I, "__aenter__", lock_aenter), method(I, "__aexit__", lock_aexit),
                         method(I, "__aenter__", sem_aenter), method(I, "__aexit__", sem_aexit),
                         method(I, "set", event_set), method(I, "clear", event_clear),
                         method(I, "is_set", event_is_set), wait});
}

} // namespace

#endif // LOOPSCOPE_ASYNC_FAST_PATHS

void AsyncState::FastLocks::mark_refs(Gc& gc) {
    for (TypeObj* t : {lock, sem, bsem, event, wait_type})
        if (t) gc.mark(t);
    for (const Value& v :
         {cm_aenter, cm_aexit, lock_acquire, lock_release, sem_acquire, sem_release, bsem_release,
          event_set, event_clear, event_is_set, event_wait, event_wait_fast, done, deque_type})
        gc.mark(v);
}

void init_fast_locks(Interp& I, DictObj* mod) {
#if LOOPSCOPE_ASYNC_FAST_PATHS
    set_fn(I, mod, "_fast_locks", fast_locks_fn);
    set_fn(I, mod, "_event_wait", event_wait_start);
#else
    (void)I;
    (void)mod;
#endif
}

} // namespace loopscope
