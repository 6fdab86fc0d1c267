// set_methods.cpp - set and frozenset (as CPython's setobject.c). Storage is a DictObj laid out
// as CPython's set table (set_table.cpp; values unused), so iteration order and printing match
// CPython: `{3, 1, 2}` prints as `{1, 2, 3}`.
//
// Index:
//   [SECTION] Helpers
//   [SECTION] Dunders         - len, contains, iter, repr, comparisons, operators, hash
//   [SECTION] Methods
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/finalize.h"
#include "lang/init.h"
#include "lang/vm.h"

namespace loopscope {

// (a set's table always is a set table: set_table.cpp's functions directly)
bool set_add(Interp& I, SetObj* s, Value key) {
    int64_t h;
    if (!key_hash(I, key, &h)) return false;
    return set_table_insert(I, s->table, key, h, Value::none());
}

int set_contains(Interp& I, SetObj* s, Value key) {
    int64_t h;
    if (!key_hash(I, key, &h)) return -1;
    int64_t pos = set_table_find(I, s->table, key, h);
    return pos == -2 ? -1 : pos >= 0;
}

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------

SetObj* self_set(Interp& I, Value self, const char* method) {
    if (is_kind(self, Kind::Set)) return as<SetObj>(self);
    raise_type_error(I, std::string("descriptor '") + method +
                            "' for 'set' objects doesn't apply to a '" + type_name(I, self) +
                            "' object");
    return nullptr;
}

#define SET_SELF(method)                                                                           \
    SetObj* s = self_set(I, self, method);                                                         \
    if (!s) return Value::error()

// A new empty set of the same base kind as `like` (set or frozenset; subclasses map to base).
SetObj* same_kind(Interp& I, SetObj* like) {
    return new_set(I, like->frozen);
}

bool add_entry(Interp& I, SetObj* s, const DictObj::Entry& e) {
    return dict_insert(I, s->table, e.key(), e.hash, Value::none());
}

// Add every element of an iterable (fast for sets and dicts).
bool add_all(Interp& I, SetObj* s, Value it) {
    if (is_kind(it, Kind::Set)) return set_table_merge(I, s->table, as<SetObj>(it)->table);
    if (is_kind(it, Kind::Dict)) {
        DictObj* src = as<DictObj>(it);
        for (size_t k = 0; k < src->entries.size(); ++k) {
            DictObj::Entry e = src->entries[k];
            if (!e.key().is_undef() && !add_entry(I, s, e)) return false;
        }
        return true;
    }
    if (iterates_as_items(I, it)) {
        const auto& items =
            is_kind(it, Kind::List) ? as<ListObj>(it)->items : as<TupleObj>(it)->items;
        for (size_t k = 0; k < items.size(); ++k)
            if (!set_add(I, s, items[k])) return false;
        return true;
    }
    // Rooted (heap.h): the iterator and the element, while a generator or __hash__ runs.
    Rooted iter(I, get_iter(I, it));
    if (iter.v.is_error()) return false;
    if (is_plain_generator(iter.v)) {
        auto add = [](Interp& I, void* set, Value item) {
            if (item.tag == Tag::Int) { // (no Python code runs: nothing to root)
                DictObj* t = static_cast<SetObj*>(set)->table;
                return set_table_insert(I, t, item, int64_hash(item.i), Value::none()) ? 1 : -1;
            }
            Rooted x(I, item);
            return set_add(I, static_cast<SetObj*>(set), item) ? 1 : -1;
        };
        return gen_drain(I, as<GenObj>(iter.v), YieldSink{add, s});
    }
    Rooted x(I);
    for (;;) {
        x.v = iter_next(I, iter.v);
        if (x.v.is_error()) return false;
        if (x.v.is_undef()) return true;
        if (!set_add(I, s, x.v)) return false;
    }
}

// A set holding the elements of `v` (v itself when it already is a set).
SetObj* as_set(Interp& I, Value v) {
    if (is_kind(v, Kind::Set)) return as<SetObj>(v);
    SetObj* s = new_set(I);
    return add_all(I, s, v) ? s : nullptr;
}

SetObj* copy_of(Interp& I, SetObj* src, bool frozen) {
    SetObj* s = new_set(I, frozen);
    s->table->entries.reserve(size_t(src->table->used));
    add_all(I, s, Value::object(src));
    return s;
}

// A walk over every entry of a large set, probing another (intersection, difference, subset,
// ...): work like a loop's, charged before it starts.
bool charge_walk(Interp& I, const DictObj* t) {
    return native_bytes(I, uint64_t(t->used) * sizeof(DictObj::Entry));
}

// Elements of `a` whose membership in `b` is `keep` (intersection: true, difference: false).
// `a` is walked in its iteration order, as CPython's set_intersection / set_difference.
bool filter_into(Interp& I, SetObj* out, SetObj* a, SetObj* b, bool keep) {
    DictObj* t = a->table;
    if (!charge_walk(I, t)) return false;
    for (int32_t k : set_order(t)) {
        DictObj::Entry e = t->entries[size_t(k)];
        if (e.key().is_undef()) continue;
        int64_t pos = dict_find(I, b->table, e.key(), e.hash);
        if (pos == -2) return false;
        if ((pos >= 0) == keep && !add_entry(I, out, e)) return false;
    }
    return true;
}

// As set_difference_update_internal: discard every element of `o` from `s`, in place.
bool discard_all(Interp& I, SetObj* s, SetObj* o) {
    if (o == s) {
        dict_clear(s->table);
        return true;
    }
    if (!charge_walk(I, o->table)) return false;
    for (int32_t k : set_order(o->table)) {
        DictObj::Entry e = o->table->entries[size_t(k)];
        int64_t pos = dict_find(I, s->table, e.key(), e.hash);
        if (pos == -2) return false;
        if (pos >= 0) dict_del_at(s->table, pos);
    }
    return true;
}

// As set_symmetric_difference_update: toggle every element of `o` in `s`, in place.
bool toggle_all(Interp& I, SetObj* s, SetObj* o) {
    if (o == s) {
        dict_clear(s->table);
        return true;
    }
    if (!charge_walk(I, o->table)) return false;
    std::vector<DictObj::Entry> items;
    for (int32_t k : set_order(o->table)) items.push_back(o->table->entries[size_t(k)]);
    for (const DictObj::Entry& e : items) {
        int64_t pos = dict_find(I, s->table, e.key(), e.hash);
        if (pos == -2) return false;
        if (pos >= 0)
            dict_del_at(s->table, pos);
        else if (!add_entry(I, s, e))
            return false;
    }
    return true;
}

// 1 when every element of a is in b.
int subset(Interp& I, SetObj* a, SetObj* b) {
    if (a->table->used > b->table->used) return 0;
    DictObj* t = a->table;
    if (!charge_walk(I, t)) return -1;
    for (size_t k = 0; k < t->entries.size(); ++k) {
        DictObj::Entry e = t->entries[k];
        if (e.key().is_undef()) continue;
        int64_t pos = dict_find(I, b->table, e.key(), e.hash);
        if (pos == -2) return -1;
        if (pos < 0) return 0;
    }
    return 1;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Dunders
// ---------------------------------------------------------------------------------------------

Value set_new_impl(Interp& I, Value self, const CallArgs& a, bool frozen) {
    TypeObj* base = frozen ? I.t.frozenset : I.t.set;
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : base;
    const char* name = frozen ? "frozenset" : "set";
    if (t == base || frozen) {
        if (!check_range(I, a, name, 0, 1, frozen ? "frozenset()" : "set()")) return Value::error();
    }
    SetObj* s = I.alloc<SetObj>(t, I.t.set, frozen); // its table: a set table (set_table.cpp)
    Rooted keep(I, Value::object(s)); // a rooted native (heap.h): set(genexp) pins nothing
    // set.__new__ of a subclass ignores its arguments (__init__ fills it); frozenset's fills.
    if ((t == base || frozen) && a.nargs == 1) {
        if (frozen && t == base && is_kind(a.args[0], Kind::Set) && a.args[0].o->type == base)
            return a.args[0];
        if (!add_all(I, s, a.args[0])) return Value::error();
    }
    return Value::object(s);
}

Value set_new(Interp& I, Value self, const CallArgs& a) {
    return set_new_impl(I, self, a, false);
}
Value frozenset_new(Interp& I, Value self, const CallArgs& a) {
    return set_new_impl(I, self, a, true);
}

Value set_init(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__init__");
    if (!check_range(I, a, "set", 0, 1, "set()")) return Value::error();
    if (s->frozen) return Value::none();
    dict_clear(s->table);
    if (a.nargs == 1 && !add_all(I, s, a.args[0])) return Value::error();
    return Value::none();
}

Value set_len(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__len__");
    if (!check_none(I, a, "set.__len__")) return Value::error();
    return Value::integer(s->table->used);
}

Value set_contains_m(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__contains__");
    if (!check_one(I, a, "set.__contains__")) return Value::error();
    int r = set_contains(I, s, a.args[0]);
    return r < 0 ? Value::error() : Value::boolean(r);
}

Value set_iter(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__iter__");
    if (!check_none(I, a, "set.__iter__")) return Value::error();
    return new_set_iterator(I, s);
}

Value set_repr(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__repr__");
    if (!check_none(I, a, "set.__repr__")) return Value::error();
    const StrText& tname = s->type->name->s;
    bool plain = s->type == I.t.set;
    if (s->table->used == 0) return I.str(tname + "()");
    if (!repr_enter(I, s)) return I.str(tname + "(...)");
    std::string out = plain ? "{" : tname + "({";
    std::vector<int32_t> order = set_order(s->table);
    for (size_t k = 0; k < order.size(); ++k) {
        if (k) out += ", ";
        // a tick per item: the repr of millions is bounded like a loop
        if (!native_tick(I) || !repr_into(I, s->table->entries[size_t(order[k])].key(), out)) {
            repr_leave(I, s);
            return Value::error();
        }
    }
    out += plain ? "}" : "})";
    repr_leave(I, s);
    return new_str(I, std::move(out));
}

template <CmpOp op>
Value set_cmp(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__eq__");
    if (!check_one(I, a, "set.__eq__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Set)) return I.not_implemented;
    SetObj* o = as<SetObj>(a.args[0]);
    int64_t n = s->table->used, m = o->table->used;
    int r = 0;
    switch (op) {
        case CmpOp::Eq:
        case CmpOp::Ne:
            r = n == m ? subset(I, s, o) : 0;
            if (r < 0) return Value::error();
            return Value::boolean(op == CmpOp::Eq ? r : !r);
        case CmpOp::Le: r = subset(I, s, o); break;
        case CmpOp::Lt: r = n < m ? subset(I, s, o) : 0; break;
        case CmpOp::Ge: r = subset(I, o, s); break;
        case CmpOp::Gt: r = m < n ? subset(I, o, s) : 0; break;
    }
    return r < 0 ? Value::error() : Value::boolean(r);
}

enum class SetOp { Or, And, Sub, Xor };

// The set a OP b as a new set of a's base kind.
Value apply(Interp& I, SetObj* a, SetObj* b, SetOp op) {
    SetObj* out;
    bool ok = true;
    switch (op) {
        case SetOp::Or:
            out = copy_of(I, a, a->frozen);
            ok = add_all(I, out, Value::object(b));
            break;
        case SetOp::And:
            // As set_intersection: walk the smaller set (the right one on a tie).
            out = same_kind(I, a);
            if (b->table->used > a->table->used)
                ok = filter_into(I, out, a, b, true);
            else
                ok = filter_into(I, out, b, a, true);
            break;
        case SetOp::Sub:
            // As set_difference: copy and discard when a is much larger, else filter a.
            if ((a->table->used >> 2) > b->table->used) {
                out = copy_of(I, a, a->frozen);
                ok = discard_all(I, out, b);
            } else {
                out = same_kind(I, a);
                ok = filter_into(I, out, a, b, false);
            }
            break;
        case SetOp::Xor:
        default:
            // As set_symmetric_difference: a copy of b with a's elements toggled.
            out = copy_of(I, b, a->frozen);
            ok = toggle_all(I, out, a);
            break;
    }
    return ok ? Value::object(out) : Value::error();
}

template <SetOp op, bool reflected>
Value set_binop(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__or__");
    if (!check_one(I, a, "set.__or__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Set)) return I.not_implemented;
    SetObj* o = as<SetObj>(a.args[0]);
    return reflected ? apply(I, o, s, op) : apply(I, s, o, op);
}

// In-place operators and the *_update methods: replace s's contents.
bool replace_contents(SetObj* s, SetObj* with) {
    s->table->entries.swap(with->table->entries);
    s->table->index.swap(with->table->index);
    std::swap(s->table->used, with->table->used);
    s->table->version = ++g_dict_version;
    return true;
}

template <SetOp op>
Value set_inplace(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__ior__");
    if (!check_one(I, a, "set.__ior__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Set) || s->frozen) return I.not_implemented;
    SetObj* o = as<SetObj>(a.args[0]);
    if (op == SetOp::Or) return add_all(I, s, a.args[0]) ? self : Value::error();
    if (op == SetOp::Sub) return discard_all(I, s, o) ? self : Value::error();
    if (op == SetOp::Xor) return toggle_all(I, s, o) ? self : Value::error();
    Value r = apply(I, s, o, op);
    if (r.is_error()) return r;
    replace_contents(s, as<SetObj>(r));
    return self;
}

Value frozenset_hash(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("__hash__");
    if (!check_none(I, a, "frozenset.__hash__")) return Value::error();
    // As CPython's frozenset_hash: xor of shuffled entry hashes, then a final mix.
    uint64_t h = 0;
    DictObj* t = s->table;
    for (size_t k = 0; k < t->entries.size(); ++k) {
        if (t->entries[k].key().is_undef()) continue;
        uint64_t eh = uint64_t(t->entries[k].hash);
        h ^= ((eh ^ 89869747ULL) ^ (eh << 16)) * 3644798167ULL;
    }
    h ^= (uint64_t(t->used) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == uint64_t(-1)) h = 590923713ULL;
    return Value::integer(int64_t(h));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Methods
// ---------------------------------------------------------------------------------------------

Value set_add_m(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("add");
    if (!check_one(I, a, "set.add")) return Value::error();
    return set_add(I, s, a.args[0]) ? Value::none() : Value::error();
}

template <bool must_exist>
Value set_remove(Interp& I, Value self, const CallArgs& a) {
    SET_SELF(must_exist ? "remove" : "discard");
    if (!check_one(I, a, must_exist ? "set.remove" : "set.discard")) return Value::error();
    int64_t h;
    if (!key_hash(I, a.args[0], &h)) return Value::error();
    int64_t pos = dict_find(I, s->table, a.args[0], h);
    if (pos == -2) return Value::error();
    if (pos < 0) return must_exist ? raise_key_error(I, a.args[0]) : Value::none();
    // the element stored (maybe another object equal to the argument) goes now
    if (I.fin_count != 0 && fin_dropped_deep(I, s->table->entries[size_t(pos)].key(), false))
        fin_request(I);
    dict_del_at(s->table, pos);
    return Value::none();
}

Value set_pop(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("pop");
    if (!check_none(I, a, "set.pop")) return Value::error();
    DictObj* t = s->table;
    if (t->used == 0) return raise(I, I.t.KeyError, "pop from an empty set");
    // As set_pop: scan from the finger (where the previous pop stopped) for a live slot.
    auto& fingers = extra(I).set_fingers;
    size_t n = t->index.size();
    size_t slot = 0;
    auto it = fingers.find(s);
    if (it != fingers.end()) slot = it->second & (n - 1);
    while (t->index[slot] < 0) slot = (slot + 1) & (n - 1);
    int64_t pos = t->index[slot];
    fingers[s] = slot + 1;
    Value k = t->entries[size_t(pos)].key();
    dict_del_at(t, pos);
    return k;
}

Value set_clear(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("clear");
    if (!check_none(I, a, "set.clear")) return Value::error();
    if (I.fin_count != 0) { // the elements go now (as set_clear_internal frees them)
        bool any = false;
        for (const DictObj::Entry& e : s->table->entries)
            if (!e.key().is_undef()) any |= fin_dropped_deep(I, e.key(), false);
        if (any) fin_request(I);
    }
    dict_clear(s->table);
    return Value::none();
}

Value set_copy(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("copy");
    if (!check_none(I, a, s->frozen ? "frozenset.copy" : "set.copy")) return Value::error();
    if (s->frozen && s->type == I.t.frozenset) return self;
    return Value::object(copy_of(I, s, s->frozen));
}

Value set_update(Interp& I, Value self, const CallArgs& a) {
    SET_SELF("update");
    if (!no_kwargs(I, a, "set.update")) return Value::error();
    for (int k = 0; k < a.nargs; ++k)
        if (!add_all(I, s, a.args[k])) return Value::error();
    return Value::none();
}

// union / intersection / difference / symmetric_difference with any iterables.
template <SetOp op>
Value set_method_op(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"set.union", "set.intersection", "set.difference",
                                  "set.symmetric_difference"};
    SET_SELF(names[int(op)] + 4);
    if (!no_kwargs(I, a, names[int(op)])) return Value::error();
    if (op == SetOp::Xor && !check_one(I, a, names[int(op)])) return Value::error();
    if (op == SetOp::Or) {
        Value cur = Value::object(copy_of(I, s, s->frozen));
        for (int k = 0; k < a.nargs; ++k)
            if (!add_all(I, as<SetObj>(cur), a.args[k])) return Value::error();
        return cur;
    }
    if (a.nargs == 0) return Value::object(copy_of(I, s, s->frozen));
    Value cur = self;
    for (int k = 0; k < a.nargs; ++k) {
        Value other = a.args[k];
        SetObj* c = as<SetObj>(cur);
        if (op == SetOp::And && !is_kind(other, Kind::Set)) {
            // As set_intersection with an iterable: its elements found in the set, in its order.
            std::vector<Value> items;
            if (!collect(I, other, items)) return Value::error();
            SetObj* out = same_kind(I, s);
            for (Value x : items) {
                int r = set_contains(I, c, x);
                if (r < 0 || (r && !set_add(I, out, x))) return Value::error();
            }
            cur = Value::object(out);
            continue;
        }
        if (op == SetOp::Xor && !is_kind(other, Kind::Set)) {
            // As set_symmetric_difference: a new set of the iterable, then toggle.
            SetObj* o = as_set(I, other);
            if (!o || !toggle_all(I, o, c)) return Value::error();
            o->frozen = s->frozen;
            o->type = s->frozen ? I.t.frozenset : I.t.set;
            cur = Value::object(o);
            continue;
        }
        SetObj* o = as_set(I, other);
        if (!o) return Value::error();
        if (op == SetOp::Sub && k > 0) {
            if (!discard_all(I, c, o)) return Value::error();
            continue;
        }
        cur = apply(I, c, o, op);
        if (cur.is_error()) return cur;
    }
    return cur;
}

template <SetOp op>
Value set_update_op(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"set.update", "set.intersection_update", "set.difference_update",
                                  "set.symmetric_difference_update"};
    SET_SELF(names[int(op)] + 4);
    if (!no_kwargs(I, a, names[int(op)])) return Value::error();
    if (op == SetOp::Sub || op == SetOp::Xor) {
        if (op == SetOp::Xor && !check_one(I, a, names[int(op)])) return Value::error();
        for (int k = 0; k < a.nargs; ++k) {
            SetObj* o = as_set(I, a.args[k]);
            if (!o) return Value::error();
            if (!(op == SetOp::Sub ? discard_all(I, s, o) : toggle_all(I, s, o)))
                return Value::error();
        }
        return Value::none();
    }
    Value r = set_method_op<op>(I, self, a);
    if (r.is_error()) return r;
    if (!r.same(self)) replace_contents(s, as<SetObj>(r));
    return Value::none();
}

template <int which> // 0 issubset, 1 issuperset, 2 isdisjoint
Value set_relation(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"set.issubset", "set.issuperset", "set.isdisjoint"};
    SET_SELF(names[which] + 4);
    if (!check_one(I, a, names[which])) return Value::error();
    SetObj* o = as_set(I, a.args[0]);
    if (!o) return Value::error();
    int r;
    if (which == 0) {
        r = subset(I, s, o);
    } else if (which == 1) {
        r = subset(I, o, s);
    } else {
        SetObj* small = s->table->used <= o->table->used ? s : o;
        SetObj* big = small == s ? o : s;
        r = 1;
        DictObj* t = small->table;
        for (size_t k = 0; k < t->entries.size() && r == 1; ++k) {
            DictObj::Entry e = t->entries[k];
            if (e.key().is_undef()) continue;
            int64_t pos = dict_find(I, big->table, e.key(), e.hash);
            if (pos == -2)
                r = -1;
            else if (pos >= 0)
                r = 0;
        }
    }
    return r < 0 ? Value::error() : Value::boolean(r);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_set_methods(Interp& I) {
    // Rooted natives (heap.h): what they hold while Python code runs is rooted (add_all).
    I.t.set->new_fn = set_new;
    I.t.set->new_rooted = true;
    I.t.frozenset->new_fn = frozenset_new;
    I.t.frozenset->new_rooted = true;
    add_method(I, I.t.set, "__init__", set_init);
    for (TypeObj* t : {I.t.set, I.t.frozenset}) {
        add_method(I, t, "__len__", set_len);
        add_method(I, t, "__contains__", set_contains_m);
        add_method(I, t, "__iter__", set_iter);
        add_method(I, t, "__repr__", set_repr);
        add_method(I, t, "__eq__", set_cmp<CmpOp::Eq>);
        add_method(I, t, "__ne__", set_cmp<CmpOp::Ne>);
        add_method(I, t, "__lt__", set_cmp<CmpOp::Lt>);
        add_method(I, t, "__le__", set_cmp<CmpOp::Le>);
        add_method(I, t, "__gt__", set_cmp<CmpOp::Gt>);
        add_method(I, t, "__ge__", set_cmp<CmpOp::Ge>);
        add_method(I, t, "__or__", set_binop<SetOp::Or, false>);
        add_method(I, t, "__and__", set_binop<SetOp::And, false>);
        add_method(I, t, "__sub__", set_binop<SetOp::Sub, false>);
        add_method(I, t, "__xor__", set_binop<SetOp::Xor, false>);
        add_method(I, t, "__ror__", set_binop<SetOp::Or, true>);
        add_method(I, t, "__rand__", set_binop<SetOp::And, true>);
        add_method(I, t, "__rsub__", set_binop<SetOp::Sub, true>);
        add_method(I, t, "__rxor__", set_binop<SetOp::Xor, true>);
        add_method(I, t, "copy", set_copy);
        add_method(I, t, "union", set_method_op<SetOp::Or>);
        add_method(I, t, "intersection", set_method_op<SetOp::And>);
        add_method(I, t, "difference", set_method_op<SetOp::Sub>);
        add_method(I, t, "symmetric_difference", set_method_op<SetOp::Xor>);
        add_method(I, t, "issubset", set_relation<0>);
        add_method(I, t, "issuperset", set_relation<1>);
        add_method(I, t, "isdisjoint", set_relation<2>);
    }
    TypeObj* t = I.t.set;
    add_method(I, t, "__ior__", set_inplace<SetOp::Or>);
    add_method(I, t, "__iand__", set_inplace<SetOp::And>);
    add_method(I, t, "__isub__", set_inplace<SetOp::Sub>);
    add_method(I, t, "__ixor__", set_inplace<SetOp::Xor>);
    add_method(I, t, "add", set_add_m);
    add_method(I, t, "remove", set_remove<true>);
    add_method(I, t, "discard", set_remove<false>);
    add_method(I, t, "pop", set_pop);
    add_method(I, t, "clear", set_clear);
    add_method(I, t, "update", set_update);
    add_method(I, t, "intersection_update", set_update_op<SetOp::And>);
    add_method(I, t, "difference_update", set_update_op<SetOp::Sub>);
    add_method(I, t, "symmetric_difference_update", set_update_op<SetOp::Xor>);
    dict_set_str(I, t->dict, I.n.__hash__, Value::none());
    add_method(I, I.t.frozenset, "__hash__", frozenset_hash);
}

} // namespace loopscope
