// vm_gen.cpp - resuming generators and coroutines from native code (send / throw / close, as
// CPython's genobject.c), async generators' asend/athrow awaitables, except* helpers and
// __build_class__.
#include "lang/classes.h"
#include "lang/opcodes.h"
#include "lang/ops.h"
#include "lang/vm_internal.h"

namespace loopscope {

static const char* gen_word(GenObj* g) {
    switch (g->gkind) {
        case GenKind::Coroutine: return "coroutine";
        case GenKind::AsyncGenerator: return "async generator";
        default: return "generator";
    }
}

// Link a suspended generator frame on top of the current chain.
static bool link_gen(Interp& I, GenObj* g) {
    if (I.depth + 1 > I.recursion_limit || native_stack_low(I)) {
        raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    Frame* fr = g->frame;
    fr->back = I.frame;
    I.frame = fr;
    g->running = true;
    ++I.depth;
    return true;
}

RunResult gen_send(Interp& I, GenObj* g, Value v) {
    if (g->running) {
        raise(I, I.t.ValueError, std::string(gen_word(g)) + " already executing");
        return {RunStatus::Raised, I.exc};
    }
    if (!g->frame) {
        if (g->gkind == GenKind::Coroutine) {
            raise(I, I.t.RuntimeError, "cannot reuse already awaited coroutine");
            return {RunStatus::Raised, I.exc};
        }
        return {RunStatus::Returned, Value::none()};
    }
    if (!g->started && !v.is_none()) {
        raise_type_error(I,
                         std::string("can't send non-None value to a just-started ") + gen_word(g));
        return {RunStatus::Raised, I.exc};
    }
    if (!link_gen(I, g)) return {RunStatus::Raised, I.exc};
    if (g->started) *g->frame->sp++ = v;
    g->started = true;
    return run_frame(I, g->frame, false);
}

bool gen_drain(Interp& I, GenObj* g, const YieldSink& sink) {
    if (!native_tick(I)) return false; // (iter_next's, before each resume)
    ++I.native_depth;                  // a nested run: never paused
    RunResult r{RunStatus::Returned, Value::none()};
    if (g->running) {
        raise(I, I.t.ValueError, "generator already executing");
        r.status = RunStatus::Raised;
    } else if (g->frame) {
        if (!link_gen(I, g)) {
            r.status = RunStatus::Raised;
        } else {
            if (g->started) *g->frame->sp++ = Value::none();
            g->started = true;
            r = run_frame(I, g->frame, false, &sink);
        }
    }
    --I.native_depth;
    return r.status != RunStatus::Raised;
}

// Position of the SEND that a frame suspended in an `await` / `yield from` loop will resume:
// the loop is [SEND exit][YIELD_VALUE 1][JUMP loop] and ip points at the JUMP.
static const uint32_t* delegating_send(Frame* fr) {
    const uint32_t* ip = fr->ip;
    if (ip - fr->code->code.data() < 2) return nullptr;
    if (decode_op(ip[-1]) != Op::YIELD_VALUE || decode_arg(ip[-1]) != 1) return nullptr;
    return ip - 2;
}

Value GenObj::delegate() const {
    if (!frame || running || !started) return Value::undef();
    return delegating_send(frame) ? frame->sp[-1] : Value::undef();
}

RunResult gen_throw(Interp& I, GenObj* g, Value exc) {
    if (g->running) {
        raise(I, I.t.ValueError, std::string(gen_word(g)) + " already executing");
        return {RunStatus::Raised, I.exc};
    }
    if (is_kind(exc, Kind::Type)) {
        exc = call(I, exc, std::span<const Value>());
        if (exc.is_error()) return {RunStatus::Raised, I.exc};
    }
    if (!g->frame) {
        I.exc = exc;
        return {RunStatus::Raised, exc};
    }
    Frame* fr = g->frame;
    if (!g->started) {
        // Thrown in before it ran: it finishes with the exception, never having started.
        g->started = true;
        finish_generator(I, g);
        I.exc = exc;
        return {RunStatus::Raised, exc};
    }
    if (const uint32_t* send = delegating_send(fr)) {
        Value d = fr->sp[-1];
        RunResult r{RunStatus::Raised, Value::none()};
        bool handled = true;
        if (is_kind(d, Kind::Generator) && as<GenObj>(d)->frame) {
            r = gen_throw(I, as<GenObj>(d), exc);
        } else if (is_kind(d, Kind::Native)) {
            Value out;
            UnrootedNative u(I);
            SendStatus st = as<NativeObj>(d)->throw_(I, exc, &out);
            r.value = out;
            r.status = st == SendStatus::Yield    ? RunStatus::Yielded
                       : st == SendStatus::Return ? RunStatus::Returned
                                                  : RunStatus::Raised;
        } else {
            handled = false;
        }
        if (handled) {
            if (r.status == RunStatus::Yielded) return r; // still suspended in the delegate
            if (r.status == RunStatus::Returned) {
                fr->sp[-1] = r.value;
                fr->ip = fr->code->code.data() + decode_arg(*send);
                if (!link_gen(I, g)) return {RunStatus::Raised, I.exc};
                return run_frame(I, fr, false);
            }
            exc = I.exc;
        }
        // Raise at the SEND so the frame's handlers around the `await` apply.
        fr->ip = send + 1;
    }
    if (!link_gen(I, g)) return {RunStatus::Raised, I.exc};
    I.exc = exc;
    set_exception_context(I, exc);
    return run_frame(I, fr, true);
}

Value gen_close(Interp& I, GenObj* g) {
    if (!g->frame) return Value::none();
    if (!g->started) {
        finish_generator(I, g);
        return Value::none();
    }
    Value ge = make_exception(I, I.t.GeneratorExit, "");
    as<ExceptionObj>(ge)->args = I.empty_tuple;
    RunResult r = gen_throw(I, g, ge);
    if (r.status == RunStatus::Yielded) {
        return raise(I, I.t.RuntimeError, std::string(gen_word(g)) + " ignored GeneratorExit");
    }
    if (r.status == RunStatus::Raised) {
        if (exc_matches(I, I.exc, I.t.GeneratorExit) || exc_matches(I, I.exc, I.t.StopIteration)) {
            I.exc = Value::none();
            return Value::none();
        }
        return Value::error();
    }
    return Value::none();
}

// ---- async generators: the awaitables returned by __anext__ / asend / athrow -----------------

struct ASendObj : NativeObj {
    GenObj* gen;
    Value arg; // value to send on the first resume (asend) or exception (athrow)
    bool is_throw;
    int state = 0; // 0 not started, 1 running, 2 done

    ASendObj(TypeObj* t, GenObj* g, Value a, bool thr)
        : NativeObj(t), gen(g), arg(a), is_throw(thr) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(gen);
        gc.mark(arg);
    }
    bool is_close = false; // aclose(): GeneratorExit ending the generator is success

    SendStatus finish(Interp& I, const RunResult& r, Value* out) {
        if (is_close) return finish_close(I, r, out);
        if (r.status == RunStatus::Yielded) {
            if (r.async_yield) {
                state = 2;
                *out = r.value;
                return SendStatus::Return;
            }
            *out = r.value;
            return SendStatus::Yield;
        }
        state = 2;
        if (r.status == RunStatus::Returned) {
            raise(I, I.t.StopAsyncIteration, "");
            as<ExceptionObj>(I.exc)->args = I.empty_tuple;
        }
        return SendStatus::Error;
    }
    // As CPython's async_gen_athrow_send for aclose().
    SendStatus finish_close(Interp& I, const RunResult& r, Value* out) {
        if (r.status == RunStatus::Yielded && r.async_yield) {
            state = 2;
            raise(I, I.t.RuntimeError, "async generator ignored GeneratorExit");
            return SendStatus::Error;
        }
        if (r.status == RunStatus::Yielded) {
            *out = r.value;
            return SendStatus::Yield;
        }
        state = 2;
        gen->ag_closed = true;
        if (r.status == RunStatus::Returned || exc_matches(I, I.exc, I.t.GeneratorExit) ||
            exc_matches(I, I.exc, I.t.StopAsyncIteration)) {
            I.exc = Value::none();
            *out = Value::none();
            return SendStatus::Return;
        }
        return SendStatus::Error;
    }
    SendStatus send(Interp& I, Value v, Value* out) override {
        if (state == 2) {
            raise(I, I.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
            return SendStatus::Error;
        }
        if (state == 0) {
            state = 1;
            if (is_close && (gen->ag_closed || !gen->frame)) {
                state = 2;
                *out = Value::none();
                return SendStatus::Return;
            }
            if (gen->ag_closed || !gen->frame) {
                state = 2;
                raise(I, I.t.StopAsyncIteration, "");
                as<ExceptionObj>(I.exc)->args = I.empty_tuple;
                return SendStatus::Error;
            }
            if (is_throw) {
                // As CPython's _gen_throw: what athrow() was given is checked when the
                // awaitable first runs, not when athrow() makes it.
                if (!is_kind(arg, Kind::Exception) &&
                    !(is_kind(arg, Kind::Type) &&
                      is_subtype(as<TypeObj>(arg), I.t.BaseException))) {
                    state = 2;
                    raise(I, I.t.TypeError,
                          "exceptions must be classes or instances deriving from BaseException, "
                          "not " +
                              type_name(I, arg));
                    return SendStatus::Error;
                }
                return finish(I, gen_throw(I, gen, arg), out);
            }
            v = arg;
        }
        return finish(I, gen_send(I, gen, v), out);
    }
    SendStatus throw_(Interp& I, Value exc, Value* out) override {
        if (state == 2) {
            I.exc = exc;
            return SendStatus::Error;
        }
        state = 1;
        return finish(I, gen_throw(I, gen, exc), out);
    }
};

static TypeObj* asend_type(Interp& I) {
    static const char* name = "async_generator_asend";
    Value t = dict_get_str(I.builtins, I.intern("__asend_type__"));
    if (!t.is_undef()) return as<TypeObj>(t);
    TypeObj* ty = new_builtin_type(I, name, I.t.object, Kind::Native);
    add_method(I, ty, "__await__", [](Interp&, Value self, const CallArgs&) { return self; });
    add_method(I, ty, "__iter__", [](Interp&, Value self, const CallArgs&) { return self; });
    add_method(I, ty, "send", [](Interp& I, Value self, const CallArgs& a) -> Value {
        Value out;
        UnrootedNative u(I);
        SendStatus st = as<ASendObj>(self)->send(I, a.nargs ? a.args[0] : Value::none(), &out);
        if (st == SendStatus::Error) return Value::error();
        if (st == SendStatus::Return) {
            Value e = make_exception(I, I.t.StopIteration, "");
            as<ExceptionObj>(e)->args = as<TupleObj>(new_tuple(I, {out}));
            return raise_value(I, e);
        }
        return out;
    });
    dict_set_str(I, I.builtins, I.intern("__asend_type__"), Value::object(ty));
    return ty;
}

Value async_gen_anext(Interp& I, GenObj* g, Value v, bool is_throw, bool is_close) {
    auto* a = I.alloc<ASendObj>(asend_type(I), g, v, is_throw);
    a->is_close = is_close;
    return Value::object(a);
}

// ---- except* -----------------------------------------------------------------------------------

// Split `exc` by `type` (CHECK_EG_MATCH): returns the matching part (or None) and sets *rest.
Value check_eg_match(Interp& I, Value exc, Value type, Value* rest) {
    if (is_kind(type, Kind::Type) && is_subtype(as<TypeObj>(type), I.t.BaseExceptionGroup))
        return raise_type_error(
            I, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    auto matches = [&](Value e) -> int {
        if (is_kind(type, Kind::Tuple)) {
            for (Value t : as<TupleObj>(type)->items)
                if (is_kind(t, Kind::Type) && exc_matches(I, e, as<TypeObj>(t))) return 1;
            return 0;
        }
        if (!is_kind(type, Kind::Type)) {
            raise_type_error(
                I, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        return exc_matches(I, e, as<TypeObj>(type)) ? 1 : 0;
    };
    bool is_group = isinstance(I, exc, I.t.BaseExceptionGroup);
    if (!is_group) {
        int m = matches(exc);
        if (m < 0) return Value::error();
        if (m) {
            *rest = Value::none();
            Value args[2] = {I.str(""), new_list(I, {exc})};
            Value g = call(I, Value::object(I.t.ExceptionGroup), std::span<const Value>(args, 2));
            if (g.is_error()) return g;
            return g;
        }
        *rest = exc;
        return Value::none();
    }
    int m = matches(exc);
    if (m < 0) return Value::error();
    if (m) {
        *rest = Value::none();
        return exc;
    }
    Value args[1] = {type};
    Value pair = call_method(I, exc, I.intern("split"), args);
    if (pair.is_error()) return pair;
    auto& items = as<TupleObj>(pair)->items;
    *rest = items[1];
    return items[0];
}

// PREP_RERAISE_STAR: what an except* statement re-raises: the unhandled rest plus exceptions
// raised by its clauses (as CPython's _PyExc_PrepReraiseStar, simplified).
Value prep_reraise_star(Interp& I, Value orig, Value raised) {
    std::vector<Value> keep;
    for (Value v : as<ListObj>(raised)->items)
        if (!v.is_none()) keep.push_back(v);
    if (keep.empty()) return Value::none();
    if (keep.size() == 1) return keep[0];
    Value args[2] = {I.str(""), new_list(I, keep)};
    return call(I, Value::object(I.t.ExceptionGroup), std::span<const Value>(args, 2));
}

// ---- classes -----------------------------------------------------------------------------------

// The keyword arguments of a class statement: metaclass= picks the class's type, the others go
// to the metaclass (and on to the parent's __init_subclass__).
struct ClassKeywords {
    Value meta = Value::undef();
    std::vector<Value> names, values;
};

static ClassKeywords split_class_keywords(const CallArgs& a) {
    ClassKeywords kw;
    for (int k = 0; k < a.nkw(); ++k) {
        Value kname = a.kwnames->items[size_t(k)];
        Value v = a.kwvalues()[k];
        if (str_view(kname) == "metaclass") {
            kw.meta = v;
            continue;
        }
        kw.names.push_back(kname);
        kw.values.push_back(v);
    }
    return kw;
}

// class A(5): a base that is not a class. As CPython's __build_class__, the metaclass is the
// most derived of the bases' types (here int), and it is called with the name, the bases and
// the namespace (int('A', (5,), ns) fails with int's own message).
static Value metaclass_of_instances(Interp& I, Value meta, const std::vector<Value>& base_values) {
    if (meta.is_undef()) meta = Value::object(type_of(I, base_values[0]));
    if (!is_kind(meta, Kind::Type)) return meta;
    TypeObj* winner = as<TypeObj>(meta);
    for (Value b : base_values) {
        TypeObj* t = type_of(I, b);
        if (is_subtype(winner, t)) continue;
        if (is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return raise_type_error(I, "metaclass conflict: the metaclass of a derived class must be "
                                   "a (non-strict) subclass of the metaclasses of all its bases");
    }
    return Value::object(winner);
}

// meta(name, bases, ns, **kw)
static Value call_metaclass(Interp& I, Value meta, Value name, std::vector<Value> base_values,
                            DictObj* ns, ClassKeywords& kw) {
    Rooted bases_tuple(I, new_tuple(I, std::move(base_values)));
    std::vector<Value> args = {name, bases_tuple.v, Value::object(ns)};
    for (Value v : kw.values) args.push_back(v);
    Rooted names(I, kw.names.empty() ? Value::undef() : new_tuple(I, std::move(kw.names)));
    CallArgs ca{args.data(), 3, names.v.is_undef() ? nullptr : as<TupleObj>(names.v)};
    return call(I, meta, ca);
}

Value build_class(Interp& I, Value, const CallArgs& a) {
    if (a.nargs < 2 || !is_kind(a.args[0], Kind::Function) || !is_str(a.args[1]))
        return raise_type_error(I, "__build_class__: func and name are required");
    auto* body = as<FunctionObj>(a.args[0]);
    // a base that is not a class may name the classes it stands for (__mro_entries__, as
    // list[int] or typing.Generic[T]); the bases as written stay in __orig_bases__
    RootedValues resolved_bases(I);
    std::vector<Value>& base_values = resolved_bases.items;
    base_values.assign(a.args + 2, a.args + a.nargs);
    bool resolved = false;
    const std::vector<Value> orig(a.args + 2, a.args + a.nargs); // on the caller's stack
    for (size_t i = 0; i < base_values.size(); ++i) {
        Value b = base_values[i];
        if (is_kind(b, Kind::Type) || !b.is_obj()) continue;
        Value me = getattr_opt(I, b, I.intern("__mro_entries__"));
        if (me.is_error()) return me;
        if (me.is_undef()) continue;
        Value bt = new_tuple(I, orig);
        Value r = call(I, me, std::span<const Value>(&bt, 1));
        if (r.is_error()) return r;
        if (!is_kind(r, Kind::Tuple))
            return raise_type_error(I, "__mro_entries__ must return a tuple");
        auto& items = as<TupleObj>(r)->items;
        base_values.erase(base_values.begin() + long(i));
        base_values.insert(base_values.begin() + long(i), items.begin(), items.end());
        i += items.size();
        --i;
        resolved = true;
    }
    std::vector<TypeObj*> bases;
    bool all_types = true;
    for (Value b : base_values) {
        if (is_kind(b, Kind::Type))
            bases.push_back(as<TypeObj>(b));
        else
            all_types = false;
    }
    ClassKeywords kw = split_class_keywords(a);
    Value meta = kw.meta;
    TypeObj* winner = I.t.type;
    if (!all_types) {
        meta = metaclass_of_instances(I, meta, base_values);
        if (meta.is_error()) return meta;
    } else if (is_kind(meta, Kind::Type) || meta.is_undef()) {
        winner = winner_metaclass(I, meta.is_undef() ? I.t.type : as<TypeObj>(meta), bases);
        if (!winner) return Value::error();
        meta = Value::object(winner);
    }
    Rooted meta_root(I, meta);
    DictObj* ns = new_dict(I);
    Rooted ns_root(I, Value::object(ns));
    Value r = run_class_body(I, body, ns);
    if (r.is_error()) return r;
    if (resolved) dict_set_str(I, ns, I.intern("__orig_bases__"), new_tuple(I, orig));
    if (!all_types) return call_metaclass(I, meta, a.args[1], base_values, ns, kw);
    if (winner == I.t.type && is_kind(meta, Kind::Type)) {
        if (kw.names.empty())
            return make_class(I, as<StrObj>(a.args[1]), std::move(bases), ns, nullptr);
        auto* names = as<TupleObj>(new_tuple(I, std::move(kw.names)));
        CallArgs ckw{kw.values.data(), 0, names};
        return make_class(I, as<StrObj>(a.args[1]), std::move(bases), ns, &ckw);
    }
    std::vector<Value> resolved_values;
    for (TypeObj* b : bases) resolved_values.push_back(Value::object(b));
    return call_metaclass(I, meta, a.args[1], std::move(resolved_values), ns, kw);
}

} // namespace loopscope
