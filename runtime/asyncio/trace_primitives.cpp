// trace_primitives.cpp - the primitives the learner made (Lock, Event, Semaphore, Condition,
// Barrier, Queue) and their states in the trace: registered by _trace_new, reported by
// _trace_state at each change (see trace_contract.h); the simulated world's connections
// (_trace_conn); and the words of runtime callbacks.
#include "asyncio/trace_contract.h"

#include "asyncio/trace_emit.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

using trace::EventKind;
using trace::PrimKind;

void TraceRecords::mark_refs(Gc& gc) {
    for (const Primitive& p : prims) {
        gc.mark(p.obj);
        gc.mark(p.lock);
    }
    for (auto& [task, list] : waits) {
        gc.mark(task);
        for (const DeclaredWait& d : list) {
            gc.mark(d.coro);
            gc.mark(d.obj);
            gc.mark(d.timer);
            gc.mark(d.arg);
        }
    }
    // the runtime's code objects stay alive while the trace names them
    for (auto& [code, words] : callback_words) gc.mark(const_cast<CodeObj*>(code));
    for (const Obj* coro : hidden) gc.mark(const_cast<Obj*>(coro));
}

namespace {

// Was `obj` made by the learner's program? Its constructor is running: the frames on top of
// the stack are the runtime's own methods working on `obj` itself (its __init__, a base
// class's __init__ through super()), and the frame below them decides. A Lock made inside
// Condition.__init__ finds the runtime's Condition.__init__ there (a method of another
// object), so it is not the learner's.
bool made_by_program(Interp& I, Value obj) {
    Frame* f = I.frame;
    while (f && is_library_code(f->code) && f->code->argcount >= 1 && f->slots[0].same(obj))
        f = f->back;
    return f && !is_library_code(f->code);
}

bool truth(Interp& I, Value v) {
    int t = truthy(I, v);
    if (t < 0) I.exc = Value::none();
    return t == 1;
}

// The state text of a Python-owned primitive from its _trace_state arguments; false (with
// TypeError pending) when they do not fit the kind.
bool state_text(Interp& I, PrimKind kind, const Value* args, int n, std::string* out) {
    auto arity = [&](int want) {
        if (n == want) return true;
        raise_type_error(I, std::string("_trace_state: a ") + trace::prim_kind_name(kind) +
                                " reports " + std::to_string(want) + " values, got " +
                                std::to_string(n));
        return false;
    };
    switch (kind) {
        case PrimKind::Lock:
            if (!arity(1)) return false;
            *out = truth(I, args[0]) ? "locked" : "unlocked";
            return true;
        case PrimKind::Event:
            if (!arity(1)) return false;
            *out = truth(I, args[0]) ? "set" : "unset";
            return true;
        case PrimKind::Semaphore:
            if (!arity(1)) return false;
            *out = "value=" + trace_repr(I, args[0]);
            return true;
        case PrimKind::Barrier:
            if (!arity(3)) return false;
            *out = trace_repr(I, args[0]) + "/" + trace_repr(I, args[1]) + " waiting (" +
                   (is_str(args[2]) ? std::string(str_view(args[2])) : trace_repr(I, args[2])) +
                   ")";
            return true;
        case PrimKind::Condition: {
            // its state is its lock's: asked once here, then followed through the lock's reports
            if (!arity(1)) return false;
            Value locked = call_method(I, args[0], I.intern("locked"), {});
            if (locked.is_error()) return false;
            *out = truth(I, locked) ? "locked" : "unlocked";
            return true;
        }
        case PrimKind::Queue:
        case PrimKind::Connection:
        case PrimKind::None: break;
    }
    raise_type_error(I, "_trace_state: queues and connections report their own state");
    return false;
}

void emit_state(Interp& I, TraceRecords::Primitive& p, const std::string& text, double size,
                double maxsize, bool relabelled = false) {
    if (text == p.state && !relabelled) return;
    p.state = text;
    trace::TraceEvent e;
    e.kind = EventKind::PrimitiveState;
    e.object = p.id;
    e.prim = p.kind;
    e.name = !p.label.empty()
                 ? p.label
                 : std::string(trace::prim_kind_name(p.kind)) + " " + std::to_string(p.id);
    e.text = text;
    e.value = size;
    e.value2 = maxsize;
    trace_emit(I, std::move(e));
}

TraceRecords::Primitive* add(AsyncState* st, Value obj, PrimKind kind) {
    st->trace.prim_of[obj.o] = st->trace.prims.size();
    st->trace.prims.push_back({obj, kind, ++st->trace.objects, "\x01", Value::undef(), {}});
    return &st->trace.prims.back();
}

TraceRecords::Primitive* find(AsyncState* st, Value obj) {
    if (!obj.is_obj()) return nullptr;
    auto it = st->trace.prim_of.find(obj.o);
    return it == st->trace.prim_of.end() ? nullptr : &st->trace.prims[it->second];
}

} // namespace

const TraceRecords::Primitive* trace_primitive_of(AsyncState* st, Value obj) {
    return find(st, obj);
}

const TraceRecords::Primitive* trace_condition_of_lock(AsyncState* st, Value lock) {
    if (!lock.is_obj()) return nullptr;
    auto it = st->trace.conditions_of_lock.find(lock.o);
    return it == st->trace.conditions_of_lock.end() ? nullptr : &st->trace.prims[it->second];
}

int32_t trace_register_primitive(Interp& I, Value obj, PrimKind kind) {
    AsyncState* st = async_state(I);
    if (!st->trace.sink || !obj.is_obj() || !made_by_program(I, obj)) return 0;
    if (TraceRecords::Primitive* p = find(st, obj)) return p->id;
    return add(st, obj, kind)->id;
}

void trace_primitive_state(Interp& I, Value obj, const std::string& text, double size,
                           double maxsize) {
    AsyncState* st = async_state(I);
    if (TraceRecords::Primitive* p = find(st, obj)) emit_state(I, *p, text, size, maxsize);
}

Value trace_new_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_new(obj, kind, *state)
    PrimKind kind;
    if (a.nargs < 2 || !is_str(a.args[1]) ||
        !trace::prim_kind_from_name(str_view(a.args[1]), &kind) || kind == PrimKind::None ||
        kind == PrimKind::Queue || kind == PrimKind::Connection)
        return raise_value_error(I, "_trace_new(obj, kind, *state): kind is 'Lock', 'Event', "
                                    "'Semaphore', 'Condition' or 'Barrier'");
    AsyncState* st = as<AsyncState>(self);
    if (!st->trace.sink) return Value::none();
    std::string text;
    if (!state_text(I, kind, a.args + 2, a.nargs - 2, &text)) return Value::error();
    if (!trace_register_primitive(I, a.args[0], kind)) return Value::none();
    TraceRecords::Primitive* p = find(st, a.args[0]);
    if (kind == PrimKind::Condition) {
        p->lock = a.args[2];
        if (a.args[2].is_obj())
            st->trace.conditions_of_lock.emplace(a.args[2].o, size_t(p - st->trace.prims.data()));
    }
    emit_state(I, *p, text, -1, -1);
    return Value::none();
}

Value trace_state_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_state(obj, *state)
    AsyncState* st = as<AsyncState>(self);
    if (!st->trace.sink) return Value::none();
    if (a.nargs < 1) return raise_type_error(I, "_trace_state(obj, *state)");
    Value obj = a.args[0];
    if (TraceRecords::Primitive* p = find(st, obj)) {
        std::string text;
        if (!state_text(I, p->kind, a.args + 1, a.nargs - 1, &text)) return Value::error();
        emit_state(I, *p, text, -1, -1);
    }
    // a Condition's state is its lock's
    if (obj.is_obj()) {
        auto range = st->trace.conditions_of_lock.equal_range(obj.o);
        for (auto it = range.first; it != range.second; ++it) {
            if (a.nargs != 2)
                return raise_type_error(I, "_trace_state: a Condition's lock reports 1 value");
            emit_state(I, st->trace.prims[it->second], truth(I, a.args[1]) ? "locked" : "unlocked",
                       -1, -1);
        }
    }
    return Value::none();
}

Value trace_conn_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_conn(obj, words, state): the world's connection `obj` is `words`, now `state`
    if (a.nargs != 3 || a.nkw() || !a.args[0].is_obj() || !is_str(a.args[1]) || !is_str(a.args[2]))
        return raise_type_error(I, "_trace_conn(obj, words, state)");
    AsyncState* st = as<AsyncState>(self);
    if (!st->trace.sink) return Value::none();
    TraceRecords::Primitive* p = find(st, a.args[0]);
    if (!p) { // the world's library makes it for the program: no made_by_program test
        p = add(st, a.args[0], PrimKind::Connection);
    } else if (p->kind != PrimKind::Connection) {
        return raise_type_error(I, "_trace_conn: the object is another primitive");
    }
    const std::string_view words = str_view(a.args[1]);
    const bool relabelled = p->label != words;
    if (relabelled) p->label = std::string(words);
    emit_state(I, *p, std::string(str_view(a.args[2])), -1, -1, relabelled);
    return Value::none();
}

Value trace_callback_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_callback(fn, words) -> fn
    if (a.nargs != 2 || !is_kind(a.args[0], Kind::Function) || !is_str(a.args[1]))
        return raise_type_error(I, "_trace_callback(function, words)");
    AsyncState* st = as<AsyncState>(self);
    if (st->trace.sink)
        st->trace.callback_words[as<FunctionObj>(a.args[0])->code] =
            std::string(str_view(a.args[1]));
    return a.args[0];
}

Value trace_hide_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_hide(coro) -> coro
    if (a.nargs != 1 || !is_kind(a.args[0], Kind::Generator))
        return raise_type_error(I, "_trace_hide(coroutine)");
    AsyncState* st = as<AsyncState>(self);
    if (st->trace.sink) st->trace.hidden.insert(a.args[0].o);
    return a.args[0];
}

Value trace_blocking_fn(Interp& I, Value self, const CallArgs& a) {
    // _trace_blocking(words): the next blocking time.sleep is `words`; None forgets it
    AsyncState* st = as<AsyncState>(self);
    if (a.nargs != 1 || a.nkw() || !(is_str(a.args[0]) || a.args[0].is_none()))
        return raise_type_error(I, "_trace_blocking(words or None)");
    if (!st->trace.sink) return Value::none();
    st->trace.blocking_call = is_str(a.args[0]) ? std::string(str_view(a.args[0])) : "";
    return Value::none();
}

void init_trace_contract(Interp& I, AsyncState* st, DictObj* mod) {
    // bound to the state: an untraced run's call is a pointer test, not a registry lookup
    static const std::pair<const char*, NativeFn> natives[] = {
        {"_trace_new", trace_new_fn},   {"_trace_state", trace_state_fn},
        {"_trace_wait", trace_wait_fn}, {"_trace_callback", trace_callback_fn},
        {"_trace_hide", trace_hide_fn}, {"_trace_blocking", trace_blocking_fn},
        {"_trace_conn", trace_conn_fn},
    };
    for (auto& [name, fn] : natives)
        dict_set_str(I, mod, I.intern(name), new_native_function(I, name, fn, Value::object(st)));
}

} // namespace loopscope
