// weakref_module.cpp - _weakref: weakref.ref (ReferenceType) for py/weakref.py.
//
// A weak reference does not keep its object alive: the collector does not follow it, and when
// a collection finds the object unreachable it clears every weak reference to it (a finalizer,
// before the object is freed). CPython clears them when the last strong reference goes; here
// calling a reference (and each operation of the weak containers) first runs a collection
// where that is safe, so `del obj; r()` gives None as in CPython. What differs: an object in a
// reference cycle is reported gone at once (CPython waits for its cycle collector).
// A reference with a callback (ref(obj, callback), and so weakref.finalize) watches its object
// as one with a __del__ is watched (lang/finalize.h): when the object is found unreachable
// where it was dropped, its references are cleared and the callbacks run, newest first, after
// its own finalizer, as CPython's dealloc does; a callback reference dying with its object
// lives on to be called, as when CPython frees the object first.
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/member_descr.h"
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace loopscope {

namespace {

constexpr const char* kStateKey = "_weakref.state";

struct WeakRefObj : NativeObj {
    Obj* referent = nullptr; // not marked; cleared when it is collected
    Value callback = Value::none();
    bool hashed = false;
    int64_t hash = 0;
    explicit WeakRefObj(TypeObj* t) : NativeObj(t) {}
    // the referent is deliberately not marked
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(callback);
    }
};

struct WeakState : NativeObj {
    TypeObj* ref_type = nullptr;
    std::unordered_map<Obj*, std::vector<WeakRefObj*>> refs; // referent -> its live refs
    explicit WeakState(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        if (ref_type) gc.mark(ref_type);
    }
};

WeakState* weak_state(Interp& I) {
    auto it = I.registry.find(kStateKey);
    return it == I.registry.end() ? nullptr : as<WeakState>(it->second);
}

// Collect now when nothing unrooted is running (heap.h), so what became unreachable is gone
// (its finalizers and references' callbacks run).
void collect_if_safe(Interp& I) {
    if (I.unrooted_natives != 0) return;
    I.collect();
    if (!I.fin_queue.empty()) run_finalizers(I);
}

bool weakrefable(Interp& I, Value v) {
    if (!v.is_obj()) return false;
    switch (v.o->kind) {
        case Kind::Instance: return v.o->type != I.t.object && !slots_refuse_weakref(I, v.o->type);
        case Kind::Exception:
        case Kind::Function:
        case Kind::BoundMethod:
        case Kind::Type:
        case Kind::Set:
        case Kind::Generator:
        case Kind::Native:
        case Kind::Module: return true;
        default: return false;
    }
}

WeakRefObj* self_ref(Interp& I, WeakState* ws, Value self) {
    if (self.is_obj() && self.o->type == ws->ref_type) return as<WeakRefObj>(self);
    raise_type_error(I, "descriptor for 'weakref.ReferenceType' objects doesn't apply to a '" +
                            type_name(I, self) + "' object");
    return nullptr;
}

// ref(obj): the one callback-free reference to obj (CPython shares it), made on first use
Value ref_new(Interp& I, Value, const CallArgs& a) {
    WeakState* ws = weak_state(I);
    if (a.nkw()) return raise_type_error(I, "ref() takes no keyword arguments");
    if (a.nargs == 0) return raise_type_error(I, "__new__ expected at least 1 argument, got 0");
    if (a.nargs > 2)
        return raise_type_error(I, "__new__ expected at most 2 arguments, got " +
                                       std::to_string(a.nargs));
    Value obj = a.args[0];
    if (!weakrefable(I, obj))
        return raise_type_error(I, "cannot create weak reference to '" + type_name(I, obj) +
                                       "' object");
    Value callback = a.nargs == 2 ? a.args[1] : Value::none();
    auto& list = ws->refs[obj.o];
    if (callback.is_none() && !list.empty() && list.front()->callback.is_none())
        return Value::object(list.front());
    auto* r = I.alloc<WeakRefObj>(ws->ref_type);
    r->referent = obj.o;
    r->callback = callback;
    if (callback.is_none()) {
        list.insert(list.begin(), r); // (the shared one first, as CPython's list)
    } else {
        // both watched: the object's drop runs the callback, the reference's own (when nothing
        // keeps it: CPython frees it at once) takes it off the object's list
        list.push_back(r);
        fin_watch(I, obj.o);
        fin_watch(I, r);
    }
    return Value::object(r);
}

Value ref_call(Interp& I, Value self, const CallArgs& a) {
    WeakState* ws = weak_state(I);
    WeakRefObj* r = self_ref(I, ws, self);
    if (!r || !check_none(I, a, "weakref")) return Value::error();
    collect_if_safe(I);
    return r->referent ? Value::object(r->referent) : Value::none();
}

Value ref_hash(Interp& I, Value self, const CallArgs&) {
    WeakRefObj* r = self_ref(I, weak_state(I), self);
    if (!r) return Value::error();
    if (!r->hashed) {
        if (!r->referent) return raise_type_error(I, "weak object has gone away");
        if (!hash(I, Value::object(r->referent), &r->hash)) return Value::error();
        r->hashed = true;
    }
    return Value::integer(r->hash);
}

Value ref_eq(Interp& I, Value self, const CallArgs& a) {
    WeakState* ws = weak_state(I);
    WeakRefObj* r = self_ref(I, ws, self);
    if (!r || !check_one(I, a, "__eq__")) return Value::error();
    Value o = a.args[0];
    if (!o.is_obj() || o.o->type != ws->ref_type) return I.not_implemented;
    auto* other = as<WeakRefObj>(o);
    if (!r->referent || !other->referent) return Value::boolean(r == other);
    int e = eq(I, Value::object(r->referent), Value::object(other->referent));
    if (e < 0) return Value::error();
    return Value::boolean(e == 1);
}

Value ref_repr(Interp& I, Value self, const CallArgs&) {
    WeakRefObj* r = self_ref(I, weak_state(I), self);
    if (!r) return Value::error();
    std::string s = "<weakref at " + object_address(I, r) + "; ";
    if (!r->referent) return I.str(s + "dead>");
    return I.str(s + "to '" + r->referent->type->name->s + "' at " +
                 object_address(I, r->referent) + ">");
}

// _alive(r): the referent or None, without collecting (the containers collect once per call)
Value alive_fn(Interp& I, Value, const CallArgs& a) {
    WeakState* ws = weak_state(I);
    if (!check_one(I, a, "_alive")) return Value::error();
    WeakRefObj* r = self_ref(I, ws, a.args[0]);
    if (!r) return Value::error();
    return r->referent ? Value::object(r->referent) : Value::none();
}

Value collect_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_none(I, a, "_collect")) return Value::error();
    collect_if_safe(I);
    return Value::none();
}

// getweakrefcount(obj) / getweakrefs(obj)
Value getweakrefs_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "getweakrefs")) return Value::error();
    std::vector<Value> out;
    if (a.args[0].is_obj()) {
        auto it = weak_state(I)->refs.find(a.args[0].o);
        if (it != weak_state(I)->refs.end())
            for (WeakRefObj* r : it->second) out.push_back(Value::object(r));
    }
    return new_list(I, std::move(out));
}

Value getweakrefcount_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "getweakrefcount")) return Value::error();
    if (!a.args[0].is_obj()) return Value::integer(0);
    auto it = weak_state(I)->refs.find(a.args[0].o);
    return Value::integer(it == weak_state(I)->refs.end() ? 0 : int64_t(it->second.size()));
}

// An object queued for finalization keeps its callback references alive with it.
void keep_callback_refs(Interp& I, Gc& gc) {
    WeakState* ws = weak_state(I);
    if (ws->refs.empty()) return;
    for (Obj* o : I.fin_queue) {
        auto it = ws->refs.find(o);
        if (it == ws->refs.end()) continue;
        for (WeakRefObj* r : it->second)
            if (!r->callback.is_none()) gc.mark(r);
    }
    gc.drain();
}

// Takes reference `r` off its referent's list.
void forget_ref(WeakState* ws, WeakRefObj* r) {
    auto it = ws->refs.find(r->referent);
    if (it == ws->refs.end()) return;
    auto& v = it->second;
    v.erase(std::remove(v.begin(), v.end(), r), v.end());
    if (v.empty()) ws->refs.erase(it);
}

// The object is going: its references point nowhere, then their callbacks run (newest
// first, as PyObject_ClearWeakRefs), an error reported as unraisable.
void clear_and_call_back(Interp& I, Obj* o) {
    WeakState* ws = weak_state(I);
    if (o->type == ws->ref_type) {
        // (a referent no longer watched is going in this same round: CPython frees such a
        // pair, a function's locals say, the object first, so its callback still runs)
        auto* dead = static_cast<WeakRefObj*>(o);
        if (!dead->referent || !dead->referent->fin) return;
        forget_ref(ws, dead);
        dead->referent = nullptr;
        return;
    }
    auto it = ws->refs.find(o);
    if (it == ws->refs.end()) return;
    RootedValues calls(I);
    for (WeakRefObj* r : it->second) {
        r->referent = nullptr;
        if (!r->callback.is_none()) calls.items.push_back(Value::object(r));
    }
    ws->refs.erase(it);
    for (size_t i = calls.items.size(); i-- > 0 && !I.stopping();) {
        Value r = calls.items[i];
        Value cb = as<WeakRefObj>(r)->callback;
        Rooted keep(I, cb);
        if (call(I, cb, std::span<const Value>(&r, 1)).is_error()) report_unraisable(I, cb);
    }
}

Value make_weakref_native(Interp& I) {
    WeakState* ws = weak_state(I);
    DictObj* d;
    Value m = new_module(I, "_weakref", &d);
    dict_set_str(I, d, I.intern("ref"), Value::object(ws->ref_type));
    set_fn(I, d, "_alive", alive_fn);
    // rooted (holds nothing while it collects), so the collection may run
    Value collect = new_native_function(I, "_collect", collect_fn);
    as<NativeFunctionObj>(collect)->rooted = true;
    dict_set_str(I, d, I.intern("_collect"), collect);
    set_fn(I, d, "getweakrefs", getweakrefs_fn);
    set_fn(I, d, "getweakrefcount", getweakrefcount_fn);
    return m;
}

} // namespace

void register_weakref(Interp& I) {
    auto* ws = I.alloc<WeakState>(I.t.object);
    I.registry[kStateKey] = Value::object(ws);
    TypeObj* rt = new_builtin_type(I, "ReferenceType", I.t.object, Kind::Native);
    rt->new_fn = ref_new;
    rt->new_rooted = true;
    dict_set_str(I, rt->dict, I.n.__module__, I.str("weakref"));
    add_method(I, rt, "__call__", ref_call, true);
    add_method(I, rt, "__hash__", ref_hash);
    add_method(I, rt, "__eq__", ref_eq);
    add_method(I, rt, "__repr__", ref_repr);
    ws->ref_type = rt;
    I.fin_keep = keep_callback_refs;
    I.fin_after = clear_and_call_back;
    // the collector found these unreachable: their references now point nowhere, and the
    // references that die themselves leave their referent's list
    I.finalizers.push_back([ws](std::span<Obj* const> dead) {
        if (ws->refs.empty()) return;
        for (Obj* o : dead) {
            if (o->kind == Kind::Native && o->type == ws->ref_type) {
                auto* r = static_cast<WeakRefObj*>(o);
                if (r->referent) forget_ref(ws, r);
                continue;
            }
            auto it = ws->refs.find(o);
            if (it == ws->refs.end()) continue;
            for (WeakRefObj* r : it->second) r->referent = nullptr;
            ws->refs.erase(it);
        }
    });
    I.module_factories["_weakref"] = make_weakref_native;
}

} // namespace loopscope
