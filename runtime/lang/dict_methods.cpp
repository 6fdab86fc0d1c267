// dict_methods.cpp - dict's constructor, dunders and methods, and its keys/values/items views
// (as CPython's dictobject.c). The table itself is dict.cpp.
//
// Index:
//   [SECTION] Helpers  - self checks, update() from mappings and pair iterables
//   [SECTION] dict
//   [SECTION] Views    - dict_keys / dict_values / dict_items
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/finalize.h"
#include "lang/init.h"

namespace loopscope {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------

DictObj* self_dict(Interp& I, Value self, const char* method) {
    if (is_kind(self, Kind::Dict)) return as<DictObj>(self);
    raise_type_error(I, std::string("descriptor '") + method +
                            "' for 'dict' objects doesn't apply to a '" + type_name(I, self) +
                            "' object");
    return nullptr;
}

#define DICT_SELF(method)                                                                          \
    DictObj* d = self_dict(I, self, method);                                                       \
    if (!d) return Value::error()

// Merge a dict into `d` (no Python code runs except hashing already-hashed keys).
bool merge_dict(Interp& I, DictObj* d, DictObj* src) {
    if (src == d) return true;
    // copying a large dict is work like a loop's, charged before it starts
    if (!native_bytes(I, uint64_t(src->used) * sizeof(DictObj::Entry))) return false;
    for (size_t k = 0; k < src->entries.size(); ++k) {
        const DictObj::Entry e = src->entries[k];
        if (e.key().is_undef()) continue;
        if (!dict_insert(I, d, e.key(), e.hash, e.value())) return false;
    }
    return true;
}

// dict.update(other) semantics: a dict, an object with keys(), or an iterable of pairs.
bool update_from(Interp& I, DictObj* d, Value other) {
    if (is_kind(other, Kind::Dict) && other.o->type == I.t.dict) {
        return merge_dict(I, d, as<DictObj>(other));
    }
    StrObj* keys_name = I.intern("keys");
    Value keys = getattr_opt(I, other, keys_name);
    if (keys.is_error()) return false;
    if (!keys.is_undef()) {
        if (is_kind(other, Kind::Dict) &&
            type_lookup(other.o->type, I.n.__iter__).same(type_lookup(I.t.dict, I.n.__iter__)) &&
            type_lookup(other.o->type, keys_name).same(type_lookup(I.t.dict, keys_name))) {
            return merge_dict(I, d, as<DictObj>(other));
        }
        Value ks = call(I, keys, std::span<const Value>());
        if (ks.is_error()) return false;
        std::vector<Value> kv;
        if (!collect(I, ks, kv)) return false;
        for (Value k : kv) {
            Value v = getitem(I, other, k);
            if (v.is_error() || !dict_set(I, d, k, v)) return false;
        }
        return true;
    }
    Value it = get_iter(I, other);
    if (it.is_error()) return false;
    for (int64_t n = 0;; ++n) {
        Value item = iter_next(I, it);
        if (item.is_error()) return false;
        if (item.is_undef()) break;
        std::vector<Value> pair;
        if (is_kind(item, Kind::Tuple)) {
            pair.assign(as<TupleObj>(item)->items.begin(), as<TupleObj>(item)->items.end());
        } else if (is_kind(item, Kind::List)) {
            pair = as<ListObj>(item)->items;
        } else {
            TypeObj* t = type_of(I, item);
            if (type_lookup(t, I.n.__iter__).is_undef() &&
                type_lookup(t, I.n.__getitem__).is_undef()) {
                raise_type_error(I, "cannot convert dictionary update sequence element #" +
                                        std::to_string(n) + " to a sequence");
                return false;
            }
            if (!collect(I, item, pair)) return false;
        }
        if (pair.size() != 2) {
            raise_value_error(I, "dictionary update sequence element #" + std::to_string(n) +
                                     " has length " + std::to_string(pair.size()) +
                                     "; 2 is required");
            return false;
        }
        if (!dict_set(I, d, pair[0], pair[1])) return false;
    }
    return true;
}

// update(*args, **kwargs) shared by dict(), dict.__init__ and dict.update.
bool update_args(Interp& I, DictObj* d, const CallArgs& a, const char* fname) {
    if (a.nargs > 1) {
        raise_type_error(I, std::string(fname) + " expected at most 1 argument, got " +
                                std::to_string(a.nargs));
        return false;
    }
    if (a.nargs == 1 && !update_from(I, d, a.args[0])) return false;
    for (int k = 0; k < a.nkw(); ++k) {
        if (!dict_set(I, d, a.kwnames->items[size_t(k)], a.args[a.nargs + k])) return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] dict
// ---------------------------------------------------------------------------------------------

Value dict_new(Interp& I, Value self, const CallArgs& a) {
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.dict;
    DictObj* d = I.alloc<DictObj>(t);
    // dict.__new__ of a subclass ignores its arguments; __init__ fills the dict.
    if (t == I.t.dict && !update_args(I, d, a, "dict")) return Value::error();
    return Value::object(d);
}

Value dict_init(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__init__");
    if (!update_args(I, d, a, "dict")) return Value::error();
    return Value::none();
}

Value dict_len(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__len__");
    if (!check_none(I, a, "dict.__len__")) return Value::error();
    return Value::integer(d->used);
}

Value dict_getitem(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__getitem__");
    if (!check_one(I, a, "dict.__getitem__")) return Value::error();
    Value v = dict_get(I, d, a.args[0]);
    if (!v.is_undef()) return v;
    if (d->type != I.t.dict) {
        Value missing = type_lookup(d->type, I.n.__missing__);
        if (!missing.is_undef()) {
            Value args[2] = {self, a.args[0]};
            return call(I, missing, std::span<const Value>(args, 2));
        }
    }
    return raise_key_error(I, a.args[0]);
}

Value dict_setitem(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__setitem__");
    if (!check_range(I, a, "__setitem__", 2, 2)) return Value::error();
    if (!dict_set(I, d, a.args[0], a.args[1])) return Value::error();
    return Value::none();
}

Value dict_delitem(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__delitem__");
    if (!check_one(I, a, "dict.__delitem__")) return Value::error();
    int r = dict_del(I, d, a.args[0]);
    if (r < 0) return Value::error();
    if (r == 0) return raise_key_error(I, a.args[0]);
    return Value::none();
}

Value dict_contains(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__contains__");
    if (!check_one(I, a, "dict.__contains__")) return Value::error();
    Value v = dict_get(I, d, a.args[0]);
    if (v.is_error()) return v;
    return Value::boolean(!v.is_undef());
}

Value dict_iter(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__iter__");
    if (!check_none(I, a, "dict.__iter__")) return Value::error();
    return new_dict_iterator(I, d, ViewKind::Keys);
}

Value dict_reversed(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__reversed__");
    if (!check_none(I, a, "dict.__reversed__")) return Value::error();
    std::vector<Value> keys;
    keys.reserve(size_t(d->used));
    for (size_t k = d->entries.size(); k-- > 0;) {
        if (!d->entries[k].key().is_undef()) keys.push_back(d->entries[k].key());
    }
    Value l = new_list(I, std::move(keys));
    return new_list_iterator(I, as<ListObj>(l));
}

Value dict_repr(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__repr__");
    if (!check_none(I, a, "dict.__repr__")) return Value::error();
    if (d->used == 0) return I.str("{}");
    if (!repr_enter(I, d)) return I.str("{...}");
    std::string out = "{";
    bool first = true;
    for (size_t k = 0; k < d->entries.size(); ++k) {
        DictObj::Entry e = d->entries[k];
        if (e.key().is_undef()) continue;
        if (!first) out += ", ";
        first = false;
        // a tick per item: the repr of millions is bounded like a loop
        if (!native_tick(I) || !repr_into(I, e.key(), out)) {
            repr_leave(I, d);
            return Value::error();
        }
        out += ": ";
        if (!repr_into(I, e.value(), out)) {
            repr_leave(I, d);
            return Value::error();
        }
    }
    out += "}";
    repr_leave(I, d);
    return new_str(I, std::move(out));
}

// 1 equal, 0 not, -1 error: same keys mapping to equal values.
int dict_equal(Interp& I, DictObj* x, DictObj* y) {
    if (x->used != y->used) return 0;
    for (size_t k = 0; k < x->entries.size(); ++k) {
        DictObj::Entry e = x->entries[k];
        if (e.key().is_undef()) continue;
        int64_t pos = dict_find(I, y, e.key(), e.hash);
        if (pos == -2) return -1;
        if (pos < 0) return 0;
        Value bv = y->entries[size_t(pos)].value();
        if (e.value().same(bv)) continue;
        int r = eq(I, e.value(), bv);
        if (r <= 0) return r;
    }
    return 1;
}

template <bool ne>
Value dict_eq(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__eq__");
    if (!check_one(I, a, "dict.__eq__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Dict)) return I.not_implemented;
    int r = dict_equal(I, d, as<DictObj>(a.args[0]));
    if (r < 0) return Value::error();
    return Value::boolean(ne ? !r : r);
}

Value dict_get_m(Interp& I, Value self, const CallArgs& a) {
    // (the usual call checked inline: a dict, one or two positional arguments)
    DictObj* d = is_kind(self, Kind::Dict) ? as<DictObj>(self) : self_dict(I, self, "get");
    if (!d) return Value::error();
    if (!(a.kwnames == nullptr && a.nargs >= 1 && a.nargs <= 2) &&
        !check_range(I, a, "get", 1, 2, "dict.get()")) {
        return Value::error();
    }
    Value v;
    if (is_kind(a.args[0], Kind::Str) && a.args[0].o->type == I.t.str) {
        const int r = dict_get_exact_str(I, d, as_str(a.args[0]), &v);
        if (r > 0) return v;
        if (r == 0) return a.nargs == 2 ? a.args[1] : Value::none();
    }
    v = dict_get(I, d, a.args[0]);
    if (v.is_undef()) return a.nargs == 2 ? a.args[1] : Value::none();
    return v;
}

Value dict_setdefault(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("setdefault");
    if (!check_range(I, a, "setdefault", 1, 2, "dict.setdefault()")) return Value::error();
    int64_t h;
    if (!key_hash(I, a.args[0], &h)) return Value::error();
    int64_t pos = dict_find(I, d, a.args[0], h);
    if (pos == -2) return Value::error();
    if (pos >= 0) return d->entries[size_t(pos)].value();
    Value dflt = a.nargs == 2 ? a.args[1] : Value::none();
    if (!dict_insert(I, d, a.args[0], h, dflt)) return Value::error();
    return dflt;
}

Value dict_pop(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("pop");
    if (!check_range(I, a, "pop", 1, 2, "dict.pop()")) return Value::error();
    int64_t h;
    if (!key_hash(I, a.args[0], &h)) return Value::error();
    int64_t pos = dict_find(I, d, a.args[0], h);
    if (pos == -2) return Value::error();
    if (pos < 0) {
        if (a.nargs == 2) return a.args[1];
        return raise_key_error(I, a.args[0]);
    }
    Value v = d->entries[size_t(pos)].value();
    dict_del_at(d, pos);
    return v;
}

Value dict_popitem(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("popitem");
    if (!check_none(I, a, "dict.popitem")) return Value::error();
    if (d->used == 0) return raise(I, I.t.KeyError, "popitem(): dictionary is empty");
    int64_t pos = int64_t(d->entries.size()) - 1;
    while (d->entries[size_t(pos)].key().is_undef()) --pos;
    DictObj::Entry e = d->entries[size_t(pos)];
    dict_del_at(d, pos);
    return new_tuple(I, {e.key(), e.value()});
}

Value dict_update(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("update");
    if (!update_args(I, d, a, "update")) return Value::error();
    return Value::none();
}

// (nullptr when the run is stopped: merge_dict charges the copy)
DictObj* copy_dict(Interp& I, DictObj* d) {
    DictObj* c = new_dict(I);
    c->entries.reserve(size_t(d->used));
    return merge_dict(I, c, d) ? c : nullptr;
}

Value dict_copy(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("copy");
    if (!check_none(I, a, "dict.copy")) return Value::error();
    DictObj* c = copy_dict(I, d);
    return c ? Value::object(c) : Value::error();
}

Value dict_clear_m(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("clear");
    if (!check_none(I, a, "dict.clear")) return Value::error();
    if (I.fin_count != 0) {
        bool any = false;
        for (const DictObj::Entry& e : d->entries)
            if (!e.key().is_undef()) any |= fin_dropped_deep(I, e.value(), false);
        if (any) fin_request(I);
    }
    dict_clear(d);
    return Value::none();
}

// dict.fromkeys(iterable[, value]); callable on the class or an instance.
Value dict_fromkeys(Interp& I, Value self, const CallArgs& a0) {
    CallArgs a = a0;
    TypeObj* cls = I.t.dict;
    if (is_kind(self, Kind::Type)) {
        cls = as<TypeObj>(self);
    } else if (is_kind(self, Kind::Dict)) {
        cls = self.o->type;
    } else if (a.nargs > 0 && is_kind(a.args[0], Kind::Type)) {
        cls = as<TypeObj>(a.args[0]);
        ++a.args;
        --a.nargs;
    }
    if (!check_range(I, a, "fromkeys", 1, 2, "dict.fromkeys()")) return Value::error();
    Value value = a.nargs == 2 ? a.args[1] : Value::none();
    std::vector<Value> keys;
    if (!collect(I, a.args[0], keys)) return Value::error();
    Value r;
    if (cls == I.t.dict) {
        r = Value::object(new_dict(I));
    } else {
        r = call(I, Value::object(cls), std::span<const Value>());
        if (r.is_error()) return r;
    }
    for (Value k : keys) {
        if (is_kind(r, Kind::Dict) && cls == I.t.dict) {
            if (!dict_set(I, as<DictObj>(r), k, value)) return Value::error();
        } else if (!setitem(I, r, k, value)) {
            return Value::error();
        }
    }
    return r;
}

Value dict_or(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__or__");
    if (!check_one(I, a, "dict.__or__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Dict)) return I.not_implemented;
    DictObj* c = copy_dict(I, d);
    if (!c || !merge_dict(I, c, as<DictObj>(a.args[0]))) return Value::error();
    return Value::object(c);
}

Value dict_ror(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__ror__");
    if (!check_one(I, a, "dict.__ror__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Dict)) return I.not_implemented;
    DictObj* c = copy_dict(I, as<DictObj>(a.args[0]));
    if (!c || !merge_dict(I, c, d)) return Value::error();
    return Value::object(c);
}

Value dict_ior(Interp& I, Value self, const CallArgs& a) {
    DICT_SELF("__ior__");
    if (!check_one(I, a, "dict.__ior__")) return Value::error();
    if (!update_from(I, d, a.args[0])) return Value::error();
    return self;
}

template <ViewKind kind>
Value dict_view(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"dict.keys", "dict.values", "dict.items"};
    DICT_SELF(names[int(kind)] + 5);
    if (!check_none(I, a, names[int(kind)])) return Value::error();
    TypeObj* t = kind == ViewKind::Keys     ? I.t.dict_keys
                 : kind == ViewKind::Values ? I.t.dict_values
                                            : I.t.dict_items;
    return Value::object(I.alloc<DictViewObj>(t, d, kind));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Views
// ---------------------------------------------------------------------------------------------

DictViewObj* self_view(Interp& I, Value self) {
    if (is_kind(self, Kind::DictView)) return as<DictViewObj>(self);
    raise_type_error(I, "descriptor requires a dict view, not '" + type_name(I, self) + "'");
    return nullptr;
}

#define VIEW_SELF()                                                                                \
    DictViewObj* v = self_view(I, self);                                                           \
    if (!v) return Value::error()

Value view_len(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_none(I, a, "__len__")) return Value::error();
    return Value::integer(v->dict->used);
}

Value view_iter(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_none(I, a, "__iter__")) return Value::error();
    return new_dict_iterator(I, v->dict, v->view);
}

Value view_reversed(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_none(I, a, "__reversed__")) return Value::error();
    std::vector<Value> out;
    DictObj* d = v->dict;
    for (size_t k = d->entries.size(); k-- > 0;) {
        const DictObj::Entry& e = d->entries[k];
        if (e.key().is_undef()) continue;
        if (v->view == ViewKind::Keys)
            out.push_back(e.key());
        else if (v->view == ViewKind::Values)
            out.push_back(e.value());
        else
            out.push_back(new_tuple(I, {e.key(), e.value()}));
    }
    Value l = new_list(I, std::move(out));
    return new_list_iterator(I, as<ListObj>(l));
}

int view_has(Interp& I, DictViewObj* v, Value x) {
    DictObj* d = v->dict;
    if (v->view == ViewKind::Keys) {
        Value r = dict_get(I, d, x);
        return r.is_error() ? -1 : !r.is_undef();
    }
    if (v->view == ViewKind::Items) {
        if (!is_kind(x, Kind::Tuple) || as<TupleObj>(x)->items.size() != 2) return 0;
        Value k = as<TupleObj>(x)->items[0], want = as<TupleObj>(x)->items[1];
        Value r = dict_get(I, d, k);
        if (r.is_error()) return -1;
        if (r.is_undef()) return 0;
        return r.same(want) ? 1 : eq(I, r, want);
    }
    for (size_t k = 0; k < d->entries.size(); ++k) {
        Value val = d->entries[k].value();
        if (d->entries[k].key().is_undef()) continue;
        int r = val.same(x) ? 1 : eq(I, val, x);
        if (r != 0) return r;
    }
    return 0;
}

Value view_contains(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_one(I, a, "__contains__")) return Value::error();
    int r = view_has(I, v, a.args[0]);
    return r < 0 ? Value::error() : Value::boolean(r);
}

Value view_repr(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_none(I, a, "__repr__")) return Value::error();
    if (!repr_enter(I, v)) return I.str("...");
    std::string out = v->type->name->s + "([";
    DictObj* d = v->dict;
    bool first = true;
    bool ok = true;
    for (size_t k = 0; k < d->entries.size() && ok; ++k) {
        DictObj::Entry e = d->entries[k];
        if (e.key().is_undef()) continue;
        if (!first) out += ", ";
        first = false;
        if (!native_tick(I)) { // a tick per item, as dict_repr
            ok = false;
            break;
        }
        if (v->view == ViewKind::Keys) {
            ok = repr_into(I, e.key(), out);
        } else if (v->view == ViewKind::Values) {
            ok = repr_into(I, e.value(), out);
        } else {
            out += "(";
            ok = repr_into(I, e.key(), out);
            out += ", ";
            ok = ok && repr_into(I, e.value(), out);
            out += ")";
        }
    }
    repr_leave(I, v);
    if (!ok) return Value::error();
    out += "])";
    return new_str(I, std::move(out));
}

// The view's contents as a new set (keys and items views behave as sets).
Value view_to_set(Interp& I, Value view) {
    SetObj* s = new_set(I);
    Value sv = Value::object(s);
    Value it = get_iter(I, view);
    if (it.is_error()) return it;
    for (;;) {
        Value x = iter_next(I, it);
        if (x.is_error()) return x;
        if (x.is_undef()) break;
        if (!set_add(I, s, x)) return Value::error();
    }
    return sv;
}

template <ViewKind kind>
Value view_eq(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_one(I, a, "__eq__")) return Value::error();
    Value o = a.args[0];
    bool setlike = is_kind(o, Kind::Set) ||
                   (is_kind(o, Kind::DictView) && as<DictViewObj>(o)->view != ViewKind::Values);
    if (kind == ViewKind::Values || !setlike) return I.not_implemented;
    int64_t n;
    if (!len(I, o, &n)) return Value::error();
    if (n != v->dict->used) return Value::boolean(false);
    Value it = get_iter(I, o);
    if (it.is_error()) return it;
    for (;;) {
        Value x = iter_next(I, it);
        if (x.is_error()) return x;
        if (x.is_undef()) break;
        int r = view_has(I, v, x);
        if (r < 0) return Value::error();
        if (!r) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// Set operators on keys/items views: build a set, then apply set's method.
template <int which>
Value view_setop(Interp& I, Value self, const CallArgs& a) {
    static const char* methods[] = {"union", "intersection", "difference", "symmetric_difference"};
    VIEW_SELF();
    if (!check_one(I, a, "__or__")) return Value::error();
    Value s = view_to_set(I, self);
    if (s.is_error()) return s;
    Value other = a.args[0];
    return call_method(I, s, I.intern(methods[which]), std::span<const Value>(&other, 1));
}

// Reflected: other OP view (order matters only for difference).
template <int which>
Value view_rsetop(Interp& I, Value self, const CallArgs& a) {
    static const char* methods[] = {"union", "intersection", "difference", "symmetric_difference"};
    VIEW_SELF();
    if (!check_one(I, a, "__ror__")) return Value::error();
    std::vector<Value> items;
    Value other = a.args[0];
    SetObj* s = new_set(I);
    Value sv = Value::object(s);
    if (!collect(I, other, items)) return Value::error();
    for (Value x : items)
        if (!set_add(I, s, x)) return Value::error();
    return call_method(I, sv, I.intern(methods[which]), std::span<const Value>(&self, 1));
}

Value view_isdisjoint(Interp& I, Value self, const CallArgs& a) {
    VIEW_SELF();
    if (!check_one(I, a, "isdisjoint")) return Value::error();
    std::vector<Value> items;
    if (!collect(I, a.args[0], items)) return Value::error();
    for (Value x : items) {
        int r = view_has(I, v, x);
        if (r < 0) return Value::error();
        if (r) return Value::boolean(false);
    }
    return Value::boolean(true);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_dict_methods(Interp& I) {
    TypeObj* t = I.t.dict;
    t->new_fn = dict_new;
    add_method(I, t, "__init__", dict_init);
    add_method(I, t, "__len__", dict_len);
    add_method(I, t, "__getitem__", dict_getitem);
    add_method(I, t, "__setitem__", dict_setitem);
    add_method(I, t, "__delitem__", dict_delitem);
    add_method(I, t, "__contains__", dict_contains);
    add_method(I, t, "__iter__", dict_iter);
    add_method(I, t, "__reversed__", dict_reversed);
    add_method(I, t, "__repr__", dict_repr);
    add_method(I, t, "__eq__", dict_eq<false>);
    add_method(I, t, "__ne__", dict_eq<true>);
    add_method(I, t, "__or__", dict_or);
    add_method(I, t, "__ror__", dict_ror);
    add_method(I, t, "__ior__", dict_ior);
    add_method(I, t, "get", dict_get_m);
    add_method(I, t, "setdefault", dict_setdefault);
    add_method(I, t, "pop", dict_pop);
    add_method(I, t, "popitem", dict_popitem);
    add_method(I, t, "keys", dict_view<ViewKind::Keys>);
    add_method(I, t, "values", dict_view<ViewKind::Values>);
    add_method(I, t, "items", dict_view<ViewKind::Items>);
    add_method(I, t, "update", dict_update);
    add_method(I, t, "copy", dict_copy);
    add_method(I, t, "clear", dict_clear_m);
    add_classmethod(I, t, "fromkeys", dict_fromkeys);
    dict_set_str(I, t->dict, I.n.__hash__, Value::none());

    for (TypeObj* vt : {I.t.dict_keys, I.t.dict_values, I.t.dict_items}) {
        add_method(I, vt, "__len__", view_len);
        add_method(I, vt, "__iter__", view_iter);
        add_method(I, vt, "__reversed__", view_reversed);
        add_method(I, vt, "__contains__", view_contains);
        add_method(I, vt, "__repr__", view_repr);
    }
    add_method(I, I.t.dict_keys, "__eq__", view_eq<ViewKind::Keys>);
    add_method(I, I.t.dict_items, "__eq__", view_eq<ViewKind::Items>);
    for (TypeObj* vt : {I.t.dict_keys, I.t.dict_items}) {
        add_method(I, vt, "__or__", view_setop<0>);
        add_method(I, vt, "__and__", view_setop<1>);
        add_method(I, vt, "__sub__", view_setop<2>);
        add_method(I, vt, "__xor__", view_setop<3>);
        add_method(I, vt, "__ror__", view_rsetop<0>);
        add_method(I, vt, "__rand__", view_rsetop<1>);
        add_method(I, vt, "__rsub__", view_rsetop<2>);
        add_method(I, vt, "__rxor__", view_rsetop<3>);
        add_method(I, vt, "isdisjoint", view_isdisjoint);
        dict_set_str(I, vt->dict, I.n.__hash__, Value::none());
    }
}

} // namespace loopscope
