// exception_handler.cpp - the loop's exception handler (BaseEventLoop's set_exception_handler,
// get_exception_handler; call_exception_handler and default_exception_handler are Python:
// py/base_events.py) and the native side of reporting an error through it: a failed
// callback, a future whose exception nobody retrieved (Future.__del__, run by the finalizers
// after the collection that found it unreachable, where Python code may run).
#include "asyncio/exception_handler.h"
#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/events.h"
#include "asyncio/format_helpers.h"
#include "asyncio/futures.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

bool call_exception_handler(Interp& I, LoopObj* loop,
                            std::initializer_list<std::pair<const char*, Value>> context,
                            Value source) {
    DictObj* d = new_dict(I);
    Rooted keep(I, Value::object(d));
    for (const auto& [key, value] : context) dict_set_str(I, d, I.intern(key), value);
    const SourceSite* site = nullptr;
    if (FutureObj* f = source.is_undef() ? nullptr : as_future(source)) site = f->site();
    if (source.is_obj() && source.o->kind == Kind::Native)
        if (auto* h = dynamic_cast<HandleObj*>(static_cast<NativeObj*>(source.o))) site = h->site();
    if (site && site->noted()) {
        Value tb = getattr(I, source, I.intern("_source_traceback"));
        if (tb.is_error()) return false;
        dict_set_str(I, d, I.intern("source_traceback"), tb);
    }
    Value fn = getattr(I, Value::object(loop), I.intern("call_exception_handler"));
    if (fn.is_error()) return false;
    Rooted keep_fn(I, fn);
    Value arg = Value::object(d);
    return !call(I, fn, std::span<const Value>(&arg, 1)).is_error();
}

void report_callback_error(Interp& I, LoopObj* loop, HandleObj* h, Value exc) {
    Rooted keep(I, exc);
    std::string msg =
        "Exception in callback " + format_callback_source(I, h->callback, h->args.span());
    if (!call_exception_handler(
            I, loop, {{"message", I.str(msg)}, {"exception", exc}, {"handle", Value::object(h)}},
            Value::object(h)))
        I.exc = Value::none(); // (as CPython, a failing handler is not the callback's error)
}

bool logging_imported(Interp& I) {
    return I.modules && dict_get_str(I.modules, I.intern("logging")).is_obj();
}

bool logs_natively(Interp& I) {
    return async_state(I)->log_hooked || !logging_imported(I);
}

void log_on_asyncio_logger(Interp& I, const char* method, std::initializer_list<Value> args) {
    if (!logging_imported(I)) return;
    Value logging = dict_get_str(I.modules, I.intern("logging"));
    RootedValues keep(I); // (allocating does not collect: only safe points do)
    std::vector<Value>& argv = keep.items;
    argv.assign(args);
    Value get_logger = getattr(I, logging, I.intern("getLogger"));
    Value name = I.str("asyncio");
    Value logger =
        get_logger.is_error() ? get_logger : call(I, get_logger, std::span<const Value>(&name, 1));
    Value fn = logger.is_error() ? logger : getattr(I, logger, I.intern(method));
    if (fn.is_error() || call(I, fn, std::span<const Value>(argv.data(), argv.size())).is_error())
        I.exc = Value::none();
}

namespace {

LoopObj* self_loop(Interp& I, Value self) {
    LoopObj* l = as_loop(self);
    if (!l) raise_type_error(I, "descriptor requires an event loop object");
    return l;
}

// as BaseEventLoop.set_exception_handler: a callable or None
Value m_set_exception_handler(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "set_exception_handler", 1, 1)) return Value::error();
    Value h = a.args[0];
    if (!h.is_none() && !is_callable(I, h)) {
        std::string r;
        if (!repr_into(I, h, r)) return Value::error();
        return raise_type_error(I, "A callable object or None is expected, got " + r);
    }
    l->exception_handler = h;
    return Value::none();
}

Value m_get_exception_handler(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "get_exception_handler", 0, 0)) return Value::error();
    return l->exception_handler;
}

// _logs_natively(): whether the default exception handler writes through the run's own sink
// (the transcript's and the page's, or stderr as logging's last resort would) rather than the
// logging module: when the program never imported logging it cannot have configured it.
Value logs_natively_fn(Interp& I, Value, const CallArgs&) {
    return Value::boolean(logs_natively(I));
}

// Future.__del__ (as FutureObj_finalize): "<type> exception was never retrieved" through the
// loop's exception handler, once.
Value f_del(Interp& I, Value self, const CallArgs& a) {
    FutureObj* f = as_future(self.is_undef() && a.nargs ? a.args[0] : self);
    if (!f) return raise_type_error(I, "descriptor '__del__' requires a Future");
    if (!f->log_traceback || f->exception.is_none() || !f->loop) return Value::none();
    f->log_traceback = false;
    ++f->loop->st->never_retrieved_reports;
    std::string msg = (f->gathering ? std::string("_GatheringFuture") : f->type->name->s) +
                      " exception was never retrieved";
    if (!call_exception_handler(
            I, f->loop,
            {{"message", I.str(msg)}, {"exception", f->exception}, {"future", Value::object(f)}},
            Value::object(f)))
        return Value::error();
    return Value::none();
}

} // namespace

void init_exception_handler(Interp& I, AsyncState* st, DictObj* mod) {
    TypeObj* lt = st->loop_type;
    add_method(I, lt, "set_exception_handler", m_set_exception_handler);
    add_method(I, lt, "get_exception_handler", m_get_exception_handler);
    set_fn(I, mod, "_logs_natively", logs_natively_fn);
    add_method(I, st->future_type, "__del__", f_del);
}

} // namespace loopscope
