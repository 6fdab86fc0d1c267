// deque.cpp - a native double-ended queue for the waiter lists of locks.py (the role
// collections.deque plays in CPython's locks.py).
#include "asyncio/deque.h"

#include "lang/builtins_shared.h"
#include "stdlib/module_helpers.h"

#include <deque>
#include <typeinfo>

namespace loopscope {

namespace {

struct DequeObj : NativeObj {
    std::deque<Value> items;
    explicit DequeObj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        for (const Value& v : items) gc.mark(v);
    }
    size_t gc_size() const override { return 64 + 16 * items.size(); }
};

// Iterates by position (mutating the deque while iterating is the caller's problem, as in
// CPython where it raises RuntimeError).
struct DequeIter : IterObj {
    DequeObj* d;
    size_t i = 0;
    DequeIter(TypeObj* t, DequeObj* dq) : IterObj(t), d(dq) {}
    void mark_refs(Gc& gc) override { gc.mark(d); }
    Value next(Interp&) override {
        if (i >= d->items.size()) return Value::undef();
        return d->items[i++];
    }
};

DequeObj* self_deque(Interp& I, Value self) {
    if (self.is_obj() && self.o->kind == Kind::Native && self.o->type->name->s == "deque")
        return as<DequeObj>(self);
    raise_type_error(I, "descriptor requires a 'collections.deque' object");
    return nullptr;
}

Value d_append(Interp& I, Value self, const CallArgs& a) {
    DequeObj* d = self_deque(I, self);
    if (!d || !check_nargs(I, a, "append", 1, 1)) return Value::error();
    d->items.push_back(a.args[0]);
    return Value::none();
}

Value d_appendleft(Interp& I, Value self, const CallArgs& a) {
    DequeObj* d = self_deque(I, self);
    if (!d || !check_nargs(I, a, "appendleft", 1, 1)) return Value::error();
    d->items.push_front(a.args[0]);
    return Value::none();
}

Value d_popleft(Interp& I, Value self, const CallArgs& a) {
    DequeObj* d = self_deque(I, self);
    if (!d || !check_nargs(I, a, "popleft", 0, 0)) return Value::error();
    if (d->items.empty()) return raise(I, I.t.IndexError, "pop from an empty deque");
    Value v = d->items.front();
    d->items.pop_front();
    return v;
}

Value d_pop(Interp& I, Value self, const CallArgs& a) {
    DequeObj* d = self_deque(I, self);
    if (!d || !check_nargs(I, a, "pop", 0, 0)) return Value::error();
    if (d->items.empty()) return raise(I, I.t.IndexError, "pop from an empty deque");
    Value v = d->items.back();
    d->items.pop_back();
    return v;
}

Value d_remove(Interp& I, Value self, const CallArgs& a) {
    DequeObj* d = self_deque(I, self);
    if (!d || !check_nargs(I, a, "remove", 1, 1)) return Value::error();
    for (size_t i = 0; i < d->items.size(); ++i) {
        Value v = d->items[i];
        int e = v.same(a.args[0]) ? 1 : eq(I, v, a.args[0]);
        if (e < 0) return Value::error();
        if (e) {
            d->items.erase(d->items.begin() + int64_t(i));
            return Value::none();
        }
    }
    return raise_value_error(I, "deque.remove(x): x not in deque");
}

Value d_clear(Interp& I, Value self, const CallArgs&) {
    DequeObj* d = self_deque(I, self);
    if (!d) return Value::error();
    d->items.clear();
    return Value::none();
}

Value d_len(Interp& I, Value self, const CallArgs&) {
    DequeObj* d = self_deque(I, self);
    if (!d) return Value::error();
    return Value::integer(int64_t(d->items.size()));
}

Value d_bool(Interp& I, Value self, const CallArgs&) {
    DequeObj* d = self_deque(I, self);
    if (!d) return Value::error();
    return Value::boolean(!d->items.empty());
}

Value d_getitem(Interp& I, Value self, const CallArgs& a) {
    DequeObj* d = self_deque(I, self);
    int64_t i;
    if (!d || !check_nargs(I, a, "__getitem__", 1, 1) || !to_index(I, a.args[0], &i))
        return Value::error();
    int64_t n = int64_t(d->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(I, I.t.IndexError, "deque index out of range");
    return d->items[size_t(i)];
}

Value d_iter(Interp& I, Value self, const CallArgs&) {
    DequeObj* d = self_deque(I, self);
    if (!d) return Value::error();
    Value it = dict_get_str(as<TypeObj>(Value::object(self.o->type))->dict, I.intern("_iter_type"));
    return Value::object(I.alloc<DequeIter>(as<TypeObj>(it), d));
}

Value d_repr(Interp& I, Value self, const CallArgs&) {
    DequeObj* d = self_deque(I, self);
    if (!d) return Value::error();
    std::string s = "deque([";
    for (size_t i = 0; i < d->items.size(); ++i) {
        if (i) s += ", ";
        if (!repr_into(I, d->items[i], s)) return Value::error();
    }
    return I.str(s + "])");
}

Value deque_new(Interp& I, Value type, const CallArgs& a) {
    auto* d = I.alloc<DequeObj>(as<TypeObj>(type));
    Value dv = Value::object(d);
    if (a.nargs >= 1) {
        std::vector<Value> xs;
        if (!collect(I, a.args[0], xs)) return Value::error();
        d->items.assign(xs.begin(), xs.end());
    }
    return dv;
}

} // namespace

std::deque<Value>* deque_items(Value v) {
    if (!v.is_obj() || v.o->kind != Kind::Native) return nullptr;
    auto* n = static_cast<NativeObj*>(v.o);
    return typeid(*n) == typeid(DequeObj) ? &static_cast<DequeObj*>(n)->items : nullptr;
}

void init_deque_type(Interp& I, DictObj* mod) {
    TypeObj* t = new_builtin_type(I, "deque", I.t.object, Kind::Native);
    t->new_fn = deque_new;
    add_method(I, t, "append", d_append);
    add_method(I, t, "appendleft", d_appendleft);
    add_method(I, t, "popleft", d_popleft);
    add_method(I, t, "pop", d_pop);
    add_method(I, t, "remove", d_remove);
    add_method(I, t, "clear", d_clear);
    add_method(I, t, "__len__", d_len);
    add_method(I, t, "__bool__", d_bool);
    add_method(I, t, "__getitem__", d_getitem);
    add_method(I, t, "__iter__", d_iter);
    add_method(I, t, "__repr__", d_repr);
    dict_set_str(I, t->dict, I.n.__module__, I.str("collections"));
    TypeObj* it = new_builtin_type(I, "_deque_iterator", I.t.object, Kind::Iterator);
    add_method(I, it, "__iter__", [](Interp&, Value self, const CallArgs&) { return self; });
    dict_set_str(I, t->dict, I.intern("_iter_type"), Value::object(it));
    dict_set_str(I, mod, I.intern("_deque"), Value::object(t));
}

} // namespace loopscope
