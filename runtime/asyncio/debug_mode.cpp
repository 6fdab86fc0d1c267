// debug_mode.cpp - the event loop's debug mode (BaseEventLoop's set_debug/get_debug,
// slow_callback_duration, _check_thread, _check_callback); see base_events.h. The slow
// callback report is the loop driver's (base_events.cpp), the reprs' "created at" events.cpp's.
#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/tasks.h"
#include "lang/classes.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

static LoopObj* self_loop(Interp& I, Value self) {
    LoopObj* l = as_loop(self);
    if (!l) raise_type_error(I, "descriptor requires an event loop object");
    return l;
}

// Debug mode's checks on a loop call (BaseEventLoop._check_thread, _check_callback); false
// with the error pending. A virtual thread is another thread: it may not touch the loop.
bool debug_checks(Interp& I, LoopObj* l, Value callback, const char* method, bool thread) {
    if (!l->debug) return true;
    if (thread && !l->st->clock->threads.empty()) {
        raise(I, I.t.RuntimeError,
              "Non-thread-safe operation invoked on an event loop other than the current one");
        return false;
    }
    Value fn = is_kind(callback, Kind::BoundMethod) ? as<BoundMethodObj>(callback)->func : callback;
    if (is_coroutine(callback) ||
        (is_kind(fn, Kind::Function) && (as<FunctionObj>(fn)->code->flags & CO_COROUTINE))) {
        raise_type_error(I, std::string("coroutines cannot be used with ") + method + "()");
        return false;
    }
    bool callable = callback.is_obj() &&
                    (is_kind(callback, Kind::Function) || is_kind(callback, Kind::NativeFunction) ||
                     is_kind(callback, Kind::BoundMethod) || is_kind(callback, Kind::Type) ||
                     !type_lookup(type_of(I, callback), I.n.__call__).is_undef());
    if (!callable) {
        std::string r;
        if (!repr_into(I, callback, r)) return false;
        raise_type_error(I, std::string("a callable object was expected by ") + method +
                                "(), got " + r);
        return false;
    }
    return true;
}

static Value m_get_debug(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "get_debug", 0, 0)) return Value::error();
    return Value::boolean(l->debug);
}

// set_debug(enabled); (CPython's coroutine origin tracking is not modelled)
static Value m_set_debug(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "set_debug", 1, 1)) return Value::error();
    int t = truthy(I, a.args[0]);
    if (t < 0) return Value::error();
    l->debug = t;
    return Value::none();
}

// the slow_callback_duration attribute (a property: called with the loop first)
static Value m_get_slow(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, a.nargs ? a.args[0] : self);
    if (!l) return Value::error();
    return Value::floating(l->slow_callback_duration);
}

static Value m_set_slow(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, a.nargs ? a.args[0] : self);
    if (!l || a.nargs < 2) return Value::error();
    Value v = a.args[1];
    if (!(v.is_float() || is_int(I, v)))
        return raise_type_error(I, "slow_callback_duration must be a number of seconds, not '" +
                                       type_name(I, v) + "'");
    double d;
    if (!to_double(I, v, &d)) return Value::error();
    l->slow_callback_duration = d;
    return Value::none();
}

void init_loop_debug(Interp& I, TypeObj* lt) {
    add_method(I, lt, "get_debug", m_get_debug);
    add_method(I, lt, "set_debug", m_set_debug);
    auto* slow = I.alloc<PropertyObj>(
        I.t.property, new_native_function(I, "slow_callback_duration", m_get_slow),
        new_native_function(I, "slow_callback_duration", m_set_slow), Value::none());
    dict_set_str(I, lt->dict, I.intern("slow_callback_duration"), Value::object(slow));
}

} // namespace loopscope
