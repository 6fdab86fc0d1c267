// ops_call.cpp - calling any value (functions, natives, bound methods, classes, objects with
// __call__), the special-method call helpers, and argument parsing for natives with CPython's
// messages.
//
// Index:
//   [SECTION] Calls          - call, call_bound, call_method, call_special
//   [SECTION] Instantiation  - calling a class: __new__ / __init__
//   [SECTION] Argument parsing
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/inst_values.h"
#include "lang/vm.h"
#include "lang/vm_hooks.h"
#include "lang/vm_internal.h"

namespace loopscope {

// Python code called from native code (never paused while a native waits for it).
static inline Value enter_python(Interp& I, FunctionObj* f, const CallArgs& a, Value self) {
    ++I.native_depth;
    Value r = call_function(I, f, a, self);
    --I.native_depth;
    return r;
}

// `args` with `first` in front (a bound method's self), on the stack when small.
template <typename F>
static Value with_prepended(Value first, const CallArgs& a, F&& fn) {
    int32_t total = a.nargs + a.nkw();
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total + 1 > 8) {
        big.resize(size_t(total) + 1);
        buf = big.data();
    }
    buf[0] = first;
    for (int32_t i = 0; i < total; ++i) buf[i + 1] = a.args[i];
    CallArgs b{buf, a.nargs + 1, a.kwnames};
    return fn(b);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Calls
// ---------------------------------------------------------------------------------------------

static Value call_type(Interp& I, TypeObj* t, const CallArgs& a);

bool enter_c_level(Interp& I) {
    if (++I.depth > I.recursion_limit) {
        --I.depth;
        raise(I, I.t.RecursionError,
              "maximum recursion depth exceeded while calling a Python object");
        return false;
    }
    return true;
}

// A class or an instance called through its type's tp_call (CPython's _PyObject_MakeTpCall
// counts a level of the recursion limit).
static Value call_counted(Interp& I, Value f, Value self, const CallArgs& a, TypeObj* t) {
    if (!enter_c_level(I)) return Value::error();
    Value r = t ? call_type(I, t, a) : call_bound(I, f, self, a);
    leave_c_level(I);
    return r;
}

Value call(Interp& I, Value callable, const CallArgs& a) {
    if (callable.is_obj()) {
        Obj* o = callable.o;
        switch (o->kind) {
            case Kind::Function:
                return enter_python(I, static_cast<FunctionObj*>(o), a, Value::undef());
            case Kind::NativeFunction: {
                auto* f = static_cast<NativeFunctionObj*>(o);
                if (f->self.is_undef() && f->is_method) {
                    // An unbound method of a builtin type: the first argument is self.
                    if (a.nargs < 1)
                        return raise_type_error(I, "unbound method " + f->name->s +
                                                       "() needs an argument");
                    return call_native(I, f, a.args[0],
                                       CallArgs{a.args + 1, a.nargs - 1, a.kwnames});
                }
                return call_native(I, f, f->self, a);
            }
            case Kind::BoundMethod: {
                auto* m = static_cast<BoundMethodObj*>(o);
                if (is_kind(m->func, Kind::Function))
                    return enter_python(I, as<FunctionObj>(m->func), a, m->self);
                Value func = m->func;
                return with_prepended(m->self, a,
                                      [&](const CallArgs& b) { return call(I, func, b); });
            }
            case Kind::Type: {
                // A class whose metaclass defines __call__ (plain classes skip the lookup).
                if (o->type != I.t.type) {
                    Value f = type_lookup_cached(o->type, I.n.__call__);
                    if (!(is_kind(f, Kind::NativeFunction) &&
                          as<NativeFunctionObj>(f)->fn == type_call_native))
                        return call_counted(I, f, callable, a, nullptr);
                }
                auto* t = static_cast<TypeObj*>(o);
                // (builtin types have their own vectorcall in CPython: no level)
                if (!t->is_builtin) return call_counted(I, Value::undef(), Value::undef(), a, t);
                return call_type(I, t, a);
            }
            default: {
                Value f = type_lookup_cached(o->type, I.n.__call__);
                if (!f.is_undef()) return call_counted(I, f, callable, a, nullptr);
                break;
            }
        }
    }
    return raise_type_error(I, "'" + type_name(I, callable) + "' object is not callable");
}

Value call(Interp& I, Value callable, std::span<const Value> args) {
    CallArgs a{args.data(), int32_t(args.size()), nullptr};
    // a Python function (a key function, map's) without the general call's frame (as below)
    if (is_kind(callable, Kind::Function))
        return enter_python(I, as<FunctionObj>(callable), a, Value::undef());
    return call(I, callable, a);
}

Value call_bound(Interp& I, Value func, Value self, const CallArgs& a) {
    if (func.is_obj()) {
        Obj* o = func.o;
        switch (o->kind) {
            case Kind::Function: return enter_python(I, static_cast<FunctionObj*>(o), a, self);
            case Kind::NativeFunction: {
                auto* f = static_cast<NativeFunctionObj*>(o);
                // object.__str__ kept on a class: self is its first argument
                if (is_unbound_native(func))
                    return with_prepended(self, a,
                                          [&](const CallArgs& b) { return call(I, func, b); });
                return call_native(I, f, f->self.is_undef() ? self : f->self, a);
            }
            case Kind::StaticMethod: return call(I, static_cast<MethodWrapperObj*>(o)->func, a);
            case Kind::ClassMethod: {
                Value cls = is_kind(self, Kind::Type) ? self : Value::object(type_of(I, self));
                Value fn = static_cast<MethodWrapperObj*>(o)->func;
                return with_prepended(cls, a, [&](const CallArgs& b) { return call(I, fn, b); });
            }
            default: break;
        }
    }
    Value bound = bind_attribute(I, func, self, type_of(I, self));
    if (bound.is_error()) return bound;
    return call(I, bound, a);
}

Value call_bound(Interp& I, Value func, Value self, std::span<const Value> args) {
    CallArgs a{args.data(), int32_t(args.size()), nullptr};
    // A Python dunder (the common case) without the general call_bound's frame: in wasm a
    // level of recursion through native code costs V8 stack per native frame.
    if (is_kind(func, Kind::Function)) return enter_python(I, as<FunctionObj>(func), a, self);
    return call_bound(I, func, self, a);
}

Value call_method(Interp& I, Value obj, StrObj* name, std::span<const Value> args) {
    // Avoid the bound method: a function on the class of a plain instance, or a native method
    // of a builtin object, is called with obj as self.
    if (obj.is_obj()) {
        Obj* o = obj.o;
        if (o->kind == Kind::Instance || o->kind == Kind::Exception) {
            if (inst_get(static_cast<InstanceObj*>(o), name).is_undef()) {
                Value f = type_lookup_cached(o->type, name);
                if (is_kind(f, Kind::Function)) return call_bound(I, f, obj, args);
            }
        } else if (o->type->is_builtin && o->kind != Kind::Type && o->kind != Kind::Module &&
                   o->kind != Kind::Super && o->kind != Kind::Native) {
            Value f = type_lookup_cached(o->type, name);
            if (is_kind(f, Kind::NativeFunction) && as<NativeFunctionObj>(f)->self.is_undef())
                return call_bound(I, f, obj, args);
        }
    } else {
        Value f = type_lookup_cached(type_of(I, obj), name);
        if (is_kind(f, Kind::NativeFunction) && as<NativeFunctionObj>(f)->self.is_undef())
            return call_bound(I, f, obj, args);
    }
    Value m = getattr(I, obj, name);
    if (m.is_error()) return m;
    return call(I, m, args);
}

Value call_special(Interp& I, Value obj, StrObj* name, std::span<const Value> args) {
    Value f = type_lookup_cached(type_of(I, obj), name);
    if (f.is_undef()) return f;
    return call_bound(I, f, obj, args);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Instantiation
// ---------------------------------------------------------------------------------------------

// A fresh instance of a user class (or object / an exception type) before __init__.
static Value alloc_instance(Interp& I, TypeObj* t, const CallArgs& a) {
    if (t->layout == Layout::Exception) {
        std::vector<Value> items(a.args, a.args + a.nargs);
        auto* args = as<TupleObj>(new_tuple(I, std::move(items)));
        return Value::object(I.alloc<ExceptionObj>(t, nullptr, args));
    }
    auto* inst = new_instance(I, t);
    if (!t->is_builtin && has_user_del(I, t)) fin_watch(I, inst, I.depth - 1); // (finalize.h)
    return Value::object(inst);
}

TypeObj* builtin_base(Interp& I, TypeObj* t) {
    if (t->number_base) return t->number_base;
    for (TypeObj* m : t->mro)
        if (m->is_builtin && m != I.t.object && m->instance_kind == t->instance_kind) return m;
    return I.t.object;
}

// The builtin object `v` (made by the base's constructor) copied into a SubclassObj of `t`.
static Value retype_builtin(Interp& I, TypeObj* t, Value v) {
    switch (v.o->kind) {
        case Kind::Tuple: return Value::object(TupleObj::make(I, t, as<TupleObj>(v)->items));
        case Kind::Str: return Value::object(StrObj::make_subclass(I, t, as<StrObj>(v)));
        case Kind::Set: {
            // src's contents move to the new object (nothing else refers to src)
            auto* src = as<SetObj>(v);
            auto* s = I.alloc<SubclassObj<SetObj>>(t, I.t.set, src->frozen);
            s->own.entries.swap(src->own.entries);
            s->own.index.swap(src->own.index);
            std::swap(s->own.used, src->own.used);
            std::swap(s->own.dummies, src->own.dummies);
            src->own.version = ++g_dict_version;
            return Value::object(s);
        }
        default: return raise_type_error(I, "cannot make a '" + t->name->s + "' instance");
    }
}

Value new_builtin_subclass_instance(Interp& I, TypeObj* t, const CallArgs& a) {
    TypeObj* base = builtin_base(I, t);
    if (t->number_base) {
        // the number int(...) / float(...) makes, carried by an instance of the subclass
        Rooted num(I, base->new_fn(I, Value::object(base), a));
        if (num.v.is_error()) return num.v;
        return Value::object(I.alloc<NumberObj>(t, new_dict(I), num.v));
    }
    switch (t->instance_kind) {
        case Kind::Dict: return Value::object(I.alloc<SubclassObj<DictObj>>(t));
        case Kind::List:
            return Value::object(I.alloc<SubclassObj<ListObj>>(t, std::vector<Value>{}));
        case Kind::Set:
            if (base == I.t.set) {
                return Value::object(I.alloc<SubclassObj<SetObj>>(t, I.t.set, false));
            }
            break;
        default: break;
    }
    if (!base->new_fn) return raise_type_error(I, "cannot make a '" + t->name->s + "' instance");
    Rooted v(I);
    if (base->new_rooted) {
        v.v = base->new_fn(I, Value::object(base), a);
    } else {
        UnrootedNative u(I);
        v.v = base->new_fn(I, Value::object(base), a);
    }
    if (v.v.is_error()) return v.v;
    if (base == I.t.frozenset && v.v.o->type == base && a.nargs == 1 && v.v.same(a.args[0])) {
        // frozenset(fs) returns fs itself: the subclass needs its own object
        auto* src = as<SetObj>(v.v);
        Rooted keep(I, Value::object(I.alloc<SubclassObj<SetObj>>(t, I.t.set, true)));
        for (auto& e : src->table->entries)
            if (!e.key().is_undef() && !set_add(I, as<SetObj>(keep.v), e.key()))
                return Value::error();
        return keep.v;
    }
    return retype_builtin(I, t, v.v);
}

// dict.__new__(cls, ...), list.__new__(cls, ...): a builtin type's __new__ as a subclass's
// own __new__ reaches it through super().__new__(cls, ...).
[[gnu::noinline]] static Value builtin_new_body(Interp& I, TypeObj* base, const CallArgs& a) {
    if (a.nargs < 1) return raise_type_error(I, base->name->s + ".__new__(): not enough arguments");
    if (!is_kind(a.args[0], Kind::Type))
        return raise_type_error(I, base->name->s + ".__new__(X): X is not a type object (" +
                                       type_name(I, a.args[0]) + ")");
    auto* cls = as<TypeObj>(a.args[0]);
    if (!is_subtype(cls, base))
        return raise_type_error(I, base->name->s + ".__new__(" + cls->name->s + "): " +
                                       cls->name->s + " is not a subtype of " + base->name->s);
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames};
    if (cls == base) {
        if (base->new_rooted) return base->new_fn(I, Value::object(base), rest);
        UnrootedNative u(I);
        return base->new_fn(I, Value::object(base), rest);
    }
    return new_builtin_subclass_instance(I, cls, rest);
}

template <TypeObj* BuiltinTypes::*Member>
static Value builtin_new_static(Interp& I, Value, const CallArgs& a) {
    return builtin_new_body(I, I.t.*Member, a);
}

void init_builtin_subclass_news(Interp& I) {
    auto add = [&](TypeObj* t, NativeFn fn) {
        Value f = new_native_function(I, "__new__", fn);
        dict_set_str(
            I, t->dict, I.n.__new__,
            Value::object(I.alloc<MethodWrapperObj>(Kind::StaticMethod, I.t.staticmethod, f)));
    };
    add(I.t.dict, builtin_new_static<&BuiltinTypes::dict>);
    add(I.t.list, builtin_new_static<&BuiltinTypes::list>);
    add(I.t.tuple, builtin_new_static<&BuiltinTypes::tuple>);
    add(I.t.set, builtin_new_static<&BuiltinTypes::set>);
    add(I.t.frozenset, builtin_new_static<&BuiltinTypes::frozenset>);
    add(I.t.str, builtin_new_static<&BuiltinTypes::str>);
    add(I.t.int_, builtin_new_static<&BuiltinTypes::int_>);
    add(I.t.float_, builtin_new_static<&BuiltinTypes::float_>);
    add(I.t.complex_, builtin_new_static<&BuiltinTypes::complex_>);
}

static bool is_native(Value f, NativeFn fn) {
    return is_kind(f, Kind::NativeFunction) && as<NativeFunctionObj>(f)->fn == fn;
}

static Value call_type(Interp& I, TypeObj* t, const CallArgs& a) {
    if (t == I.t.type && a.nargs == 1 && a.nkw() == 0) return Value::object(type_of(I, a.args[0]));
    // str(x) of an exact str or a scalar (int, float, bool, None) runs no Python code: straight
    // to the text, as str.__new__ would give (`s += str(i)` in loops)
    if (t == I.t.str && a.nargs == 1 && a.nkw() == 0 &&
        (!a.args[0].is_obj() || a.args[0].o->type == I.t.str))
        return to_str(I, a.args[0]);
    // A builtin type's own __new__ makes the whole instance (range(n), list(xs), int(s)): its
    // __init__ is never looked at
    if (t->new_fn && t->is_builtin) {
        if (t->new_rooted) return t->new_fn(I, Value::object(t), a);
        UnrootedNative u(I);
        return t->new_fn(I, Value::object(t), a);
    }
    // The new instance and __init__ stay rooted while __new__ / __init__ run (they may drop
    // every other reference: `self = None`).
    Rooted inst_root(I);
    Value& inst = inst_root.v;
    Rooted init_root(I, type_lookup_cached(t, I.n.__init__));
    Value init = init_root.v;
    if (t->new_fn) {
        if (t->new_rooted) {
            inst = t->new_fn(I, Value::object(t), a);
        } else {
            UnrootedNative u(I);
            inst = t->new_fn(I, Value::object(t), a);
        }
        if (t->is_builtin || inst.is_error()) return inst;
    } else {
        if (t->is_builtin && t->layout != Layout::Exception && t != I.t.object) {
            if (t == I.t.none && a.nargs == 0 && a.nkw() == 0) return Value::none();
            return raise_type_error(I, "cannot create '" + t->name->s + "' instances");
        }
        Value nw = type_lookup_cached(t, I.n.__new__);
        if (is_kind(nw, Kind::StaticMethod)) nw = as<MethodWrapperObj>(nw)->func;
        // A metaclass without its own __new__ reaches type.__new__ (a native).
        if (is_kind(nw, Kind::Function) || (t->instance_kind == Kind::Type && !nw.is_undef())) {
            inst = with_prepended(Value::object(t), a,
                                  [&](const CallArgs& b) { return call(I, nw, b); });
            if (inst.is_error() || !isinstance(I, inst, t)) return inst;
        } else if (is_builtin_data_kind(t->instance_kind) || t->number_base) {
            inst = new_builtin_subclass_instance(I, t, a);
            if (inst.is_error()) return inst;
        } else {
            if (is_native(init, object_init_native) && (a.nargs || a.nkw())) {
                if (t == I.t.object) return raise_type_error(I, "object() takes no arguments");
                return raise_type_error(I, t->name->s + "() takes no arguments");
            }
            inst = alloc_instance(I, t, a);
        }
    }
    if (init.is_undef() || is_native(init, object_init_native)) return inst;
    // Builtin exception __init__ only re-stores the args __new__ already stored.
    if (t->layout == Layout::Exception && is_native(init, exception_init_native) && !t->new_fn &&
        a.nkw() == 0)
        return inst;
    Value r = call_bound(I, init, inst, a);
    if (r.is_error()) return r;
    if (!r.is_none())
        return raise_type_error(I, "__init__() should return None, not '" + type_name(I, r) + "'");
    return inst;
}

// call_type's way for a plain class (no metaclass, no __new__ of its own, not a builtin's or an
// exception's subclass, no __del__) whose __init__ is a Python function: the instance made as
// alloc_instance does, __init__'s frame left for the VM to run inline (CPython 3.12's
// CALL specialised for a class with a Python __init__). The level call_counted counts stays
// counted until the frame ends (frame_levels).
Frame* inline_class_call(Interp& I, Value cls, const CallArgs& a, bool* failed, Value* inst) {
    auto* t = static_cast<TypeObj*>(cls.o);
    if (t->type != I.t.type || t->is_builtin || t->new_fn || t->number_base ||
        t->layout == Layout::Exception || t->instance_kind != Kind::Instance)
        return nullptr;
    Value init = type_lookup_cached(t, I.n.__init__);
    if (!is_kind(init, Kind::Function)) return nullptr;
    auto* fn = as<FunctionObj>(init);
    if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return nullptr;
    Value nw = type_lookup_cached(t, I.n.__new__);
    if (is_kind(nw, Kind::StaticMethod)) nw = as<MethodWrapperObj>(nw)->func;
    if (is_kind(nw, Kind::Function) || has_user_del(I, t)) return nullptr;
    if (!enter_c_level(I)) {
        *failed = true;
        return nullptr;
    }
    Rooted keep(I, Value::object(new_instance(I, t)));
    Frame* nf = make_call_frame(I, fn, a, keep.v);
    if (!nf) {
        leave_c_level(I);
        *failed = true;
        return nullptr;
    }
    nf->flags |= uint32_t(HOOK_INIT) << kFrameHookShift | 1u << kFrameLevelsShift;
    *inst = keep.v;
    return nf;
}

Value type_call_native(Interp& I, Value self, const CallArgs& a) {
    if (!is_kind(self, Kind::Type))
        return raise_type_error(I, "descriptor '__call__' requires a 'type' object but received "
                                   "a '" +
                                       type_name(I, self) + "'");
    return call_type(I, as<TypeObj>(self), a);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Argument parsing
// ---------------------------------------------------------------------------------------------

static std::string plural_args(int n) {
    return std::to_string(n) + (n == 1 ? " argument" : " arguments");
}

bool check_nargs(Interp& I, const CallArgs& a, std::string_view fname, int min, int max) {
    if (a.nkw() > 0) {
        raise_type_error(I, std::string(fname) + "() takes no keyword arguments");
        return false;
    }
    if (a.nargs >= min && a.nargs <= max) return true;
    std::string msg(fname);
    if (min == max) {
        msg += " expected " + plural_args(min);
    } else if (a.nargs < min) {
        msg += " expected at least " + plural_args(min);
    } else {
        msg += " expected at most " + plural_args(max);
    }
    msg += ", got " + std::to_string(a.nargs);
    raise_type_error(I, msg);
    return false;
}

// As CPython's Argument Clinic (_PyArg_UnpackKeywords) messages.
bool parse_args(Interp& I, const CallArgs& a, const ArgSpec& spec, Value* out) {
    const int npos = int(spec.names.size());
    const int nkwonly = int(spec.kwonly.size());
    for (int i = 0; i < npos + nkwonly; ++i) out[i] = Value::undef();
    std::string fname(spec.fname);
    if (a.nargs > npos) {
        if (npos == 0) {
            raise_type_error(I, fname + "() takes no positional arguments");
        } else if (spec.required == npos) {
            raise_type_error(I, fname + "() takes exactly " + plural_args(npos) + " (" +
                                    std::to_string(a.nargs) + " given)");
        } else {
            raise_type_error(I, fname + "() takes at most " + plural_args(npos) + " (" +
                                    std::to_string(a.nargs) + " given)");
        }
        return false;
    }
    for (int i = 0; i < a.nargs; ++i) out[i] = a.args[i];
    const int nkw = a.nkw();
    for (int k = 0; k < nkw; ++k) {
        std::string_view kw = str_view(a.kwnames->items[size_t(k)]);
        int slot = -1;
        if (!spec.positional_only) {
            for (int i = 0; i < npos; ++i)
                if (kw == spec.names[size_t(i)]) slot = i;
        }
        for (int i = 0; i < nkwonly; ++i)
            if (kw == spec.kwonly[size_t(i)]) slot = npos + i;
        if (slot < 0) {
            raise_type_error(I, "'" + std::string(kw) + "' is an invalid keyword argument for " +
                                    fname + "()");
            return false;
        }
        if (slot < a.nargs) {
            raise_type_error(I, "argument for " + fname + "() given by name ('" + std::string(kw) +
                                    "') and position (" + std::to_string(slot + 1) + ")");
            return false;
        }
        out[slot] = a.args[a.nargs + k];
    }
    for (int i = 0; i < spec.required && i < npos; ++i) {
        if (out[i].is_undef()) {
            if (spec.positional_only) {
                raise_type_error(
                    I, fname + "() takes " + (spec.required == npos ? "exactly " : "at least ") +
                           plural_args(spec.required) + " (" + std::to_string(a.nargs) + " given)");
            } else {
                raise_type_error(I, fname + "() missing required argument '" +
                                        spec.names[size_t(i)] + "' (pos " + std::to_string(i + 1) +
                                        ")");
            }
            return false;
        }
    }
    return true;
}

} // namespace loopscope
