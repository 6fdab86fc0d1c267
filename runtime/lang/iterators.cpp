// iterators.cpp - the native iterator types (list_iterator, str_iterator, dict_keyiterator,
// enumerate, zip, map, filter, reversed, ...): each is an IterObj subclass whose next() the
// VM's FOR_ITER calls directly, plus a Python-visible type with __iter__ / __next__.
// range and slice live in range_methods.cpp; init_range_methods (there) calls
// init_iterator_types (here).
//
// Index:
//   [SECTION] Iterator objects  - one struct per iterator type
//   [SECTION] Constructors      - enumerate, zip, map, filter, reversed, iter(callable, sentinel)
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/seq_iter.h"
#include "lang/vm.h"

namespace loopscope {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Iterator objects
// ---------------------------------------------------------------------------------------------

struct ListRevIter : IterObj {
    ListObj* list;
    int64_t pos; // next index to yield, -1 when done
    ListRevIter(TypeObj* t, ListObj* l) : IterObj(t), list(l), pos(int64_t(l->items.size()) - 1) {
        rooted = true;
    }
    Value next(Interp&) override {
        if (!list) return Value::undef();
        if (pos >= 0 && pos < int64_t(list->items.size())) return list->items[size_t(pos--)];
        list = nullptr;
        return Value::undef();
    }
    void mark_refs(Gc& gc) override { gc.mark(list); }
};

struct StrIter : IterObj {
    StrObj* str;
    size_t pos = 0; // byte offset
    StrIter(TypeObj* t, StrObj* s) : IterObj(t), str(s) { rooted = true; }
    Value next(Interp& I) override {
        if (!str) return Value::undef();
        const StrText& s = str->s;
        if (pos >= s.size()) {
            str = nullptr;
            return Value::undef();
        }
        unsigned char c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            ++pos;
            char ch = char(c);
            return Value::object(I.intern(std::string_view(&ch, 1)));
        }
        size_t b = pos;
        utf8_decode(s, &pos);
        return new_str(I, s.substr(b, pos - b));
    }
    void mark_refs(Gc& gc) override { gc.mark(str); }
};

struct DictIter : IterObj {
    DictObj* dict;
    size_t pos = 0;
    int64_t used; // the dict's size when iteration began (-1 after a size change)
    ViewKind kind;
    DictIter(TypeObj* t, DictObj* d, ViewKind k) : IterObj(t), dict(d), used(d->used), kind(k) {
        rooted = true;
        pairs = k == ViewKind::Items;
    }
    Value next(Interp& I) override {
        if (!dict) return Value::undef();
        if (used != dict->used) {
            used = -1;
            return raise(I, I.t.RuntimeError, "dictionary changed size during iteration");
        }
        auto& es = dict->entries;
        while (pos < es.size() && es[pos].key().is_undef()) ++pos;
        if (pos >= es.size()) {
            dict = nullptr;
            return Value::undef();
        }
        const DictObj::Entry& e = es[pos++];
        if (kind == ViewKind::Keys) return e.key();
        if (kind == ViewKind::Values) return e.value();
        return new_tuple(I, {e.key(), e.value()});
    }
    Value next_pair(Interp& I, Value* second) override { // (an items iterator)
        if (!dict || used != dict->used) return next(I);
        auto& es = dict->entries;
        while (pos < es.size() && es[pos].key().is_undef()) ++pos;
        if (pos >= es.size()) return next(I);
        const DictObj::Entry& e = es[pos++];
        *second = e.value();
        return e.key();
    }
    void mark_refs(Gc& gc) override { gc.mark(dict); }
};

struct SetIter : IterObj {
    SetObj* set;
    std::vector<int32_t> order; // entry positions in CPython's iteration order
    size_t pos = 0;
    int64_t used;
    SetIter(TypeObj* t, SetObj* s)
        : IterObj(t), set(s), order(set_order(s->table)), used(s->table->used) {
        rooted = true;
    }
    Value next(Interp& I) override {
        if (!set) return Value::undef();
        if (used != set->table->used) {
            used = -1;
            return raise(I, I.t.RuntimeError, "Set changed size during iteration");
        }
        while (pos < order.size()) {
            size_t k = size_t(order[pos++]);
            if (k < set->table->entries.size() && !set->table->entries[k].key().is_undef())
                return set->table->entries[k].key();
        }
        set = nullptr;
        return Value::undef();
    }
    void mark_refs(Gc& gc) override { gc.mark(set); }
};

struct EnumerateIter : IterObj {
    Value it;
    int64_t count;
    EnumerateIter(TypeObj* t, Value i, int64_t c) : IterObj(t), it(i), count(c) {
        rooted = true;
        pairs = true;
    }
    Value next(Interp& I) override {
        Value v = iter_next(I, it);
        if (v.is_error() || v.is_undef()) return v;
        return new_tuple(I, {Value::integer(count++), v});
    }
    Value next_pair(Interp& I, Value* second) override {
        Value v = iter_next(I, it);
        if (v.is_error() || v.is_undef()) return v;
        *second = v;
        return Value::integer(count++);
    }
    void mark_refs(Gc& gc) override { gc.mark(it); }
};

struct ZipIter : IterObj {
    std::vector<Value> its;
    bool strict;
    bool done = false;
    ZipIter(TypeObj* t, std::vector<Value> i, bool s) : IterObj(t), its(std::move(i)), strict(s) {
        rooted = true;
        pairs = its.size() == 2 && !strict;
    }
    Value next_pair(Interp& I, Value* second) override { // (two iterables, not strict)
        if (done) return Value::undef();
        Value a = iter_next(I, its[0]);
        if (a.is_error()) return a;
        Rooted first(I, a); // while the second iterable's __next__ runs
        Value b = a.is_undef() ? a : iter_next(I, its[1]);
        if (b.is_error()) return b;
        if (b.is_undef()) {
            done = true;
            return b;
        }
        *second = b;
        return a;
    }
    Value next(Interp& I) override {
        if (done || its.empty()) return Value::undef();
        RootedValues rooted_items(I); // the items so far, while the next __next__ runs
        std::vector<Value>& items = rooted_items.items;
        items.reserve(its.size());
        for (size_t i = 0; i < its.size(); ++i) {
            Value v = iter_next(I, its[i]);
            if (v.is_error()) return v;
            if (v.is_undef()) {
                done = true;
                if (!strict) return v;
                // As CPython's zip_next with strict=True.
                if (i > 0) {
                    std::string plural = i == 1 ? " " : "s 1-";
                    return raise_value_error(I, "zip() argument " + std::to_string(i + 1) +
                                                    " is shorter than argument" + plural +
                                                    std::to_string(i));
                }
                for (size_t j = 1; j < its.size(); ++j) {
                    Value w = iter_next(I, its[j]);
                    if (w.is_error()) return w;
                    if (!w.is_undef()) {
                        std::string plural = j == 1 ? " " : "s 1-";
                        return raise_value_error(I, "zip() argument " + std::to_string(j + 1) +
                                                        " is longer than argument" + plural +
                                                        std::to_string(j));
                    }
                }
                return Value::undef();
            }
            items.push_back(v);
        }
        return new_tuple(I, items);
    }
    void mark_refs(Gc& gc) override {
        for (auto& v : its) gc.mark(v);
    }
};

struct MapIter : IterObj {
    Value func;
    std::vector<Value> its;
    MapIter(TypeObj* t, Value f, std::vector<Value> i) : IterObj(t), func(f), its(std::move(i)) {
        rooted = true;
    }
    Value next(Interp& I) override {
        // The arguments so far stay rooted while the next __next__ and the call run.
        RootedValues args(I);
        args.items.reserve(its.size());
        for (size_t i = 0; i < its.size(); ++i) {
            Value v = iter_next(I, its[i]);
            if (v.is_error() || v.is_undef()) return v;
            args.items.push_back(v);
        }
        if (is_kind(func, Kind::Function)) {
            // (as call(): a native frame fewer a level of recursion through map)
            ++I.native_depth;
            Value r =
                call_function(I, as<FunctionObj>(func),
                              CallArgs{args.items.data(), int32_t(args.items.size()), nullptr});
            --I.native_depth;
            return r;
        }
        return call(I, func, std::span<const Value>(args.items));
    }
    void mark_refs(Gc& gc) override {
        gc.mark(func);
        for (auto& v : its) gc.mark(v);
    }
};

struct FilterIter : IterObj {
    Value func; // None: keep truthy items
    Value it;
    FilterIter(TypeObj* t, Value f, Value i) : IterObj(t), func(f), it(i) { rooted = true; }
    Value next(Interp& I) override {
        for (;;) {
            // The item and the predicate's answer stay rooted while Python code runs.
            Rooted v(I, iter_next(I, it));
            if (v.v.is_error() || v.v.is_undef()) return v.v;
            int keep;
            if (func.is_none() || (func.is_obj() && func.o == I.t.bool_)) {
                keep = truthy(I, v.v);
            } else {
                Rooted r(I, call(I, func, std::span<const Value>(&v.v, 1)));
                if (r.v.is_error()) return r.v;
                keep = truthy(I, r.v);
            }
            if (keep < 0) return Value::error();
            if (keep) return v.v;
        }
    }
    void mark_refs(Gc& gc) override {
        gc.mark(func);
        gc.mark(it);
    }
};

// reversed(seq) for sequences without __reversed__: seq[len-1], ..., seq[0].
struct ReversedIter : IterObj {
    Value seq;
    int64_t pos;
    ReversedIter(TypeObj* t, Value s, int64_t n) : IterObj(t), seq(s), pos(n - 1) { rooted = true; }
    Value next(Interp& I) override {
        if (pos < 0) return Value::undef();
        Value v = getitem(I, seq, Value::integer(pos--));
        if (v.is_error() &&
            (exc_matches(I, I.exc, I.t.IndexError) || exc_matches(I, I.exc, I.t.StopIteration))) {
            I.exc = Value::none();
            pos = -1;
            return Value::undef();
        }
        return v;
    }
    void mark_refs(Gc& gc) override { gc.mark(seq); }
};

// iter(obj) for objects with __getitem__ only: obj[0], obj[1], ... until IndexError.
struct SeqIter : IterObj {
    Value seq;
    int64_t pos = 0;
    bool done = false;
    SeqIter(TypeObj* t, Value s) : IterObj(t), seq(s) { rooted = true; }
    Value next(Interp& I) override {
        if (done) return Value::undef();
        Value v = getitem(I, seq, Value::integer(pos++));
        if (v.is_error() &&
            (exc_matches(I, I.exc, I.t.IndexError) || exc_matches(I, I.exc, I.t.StopIteration))) {
            I.exc = Value::none();
            done = true;
            return Value::undef();
        }
        return v;
    }
    void mark_refs(Gc& gc) override { gc.mark(seq); }
};

// iter(callable, sentinel)
struct CallableIter : IterObj {
    Value func, sentinel;
    bool done = false;
    CallableIter(TypeObj* t, Value f, Value s) : IterObj(t), func(f), sentinel(s) { rooted = true; }
    Value next(Interp& I) override {
        if (done) return Value::undef();
        Rooted rv(I, call(I, func, std::span<const Value>()));
        Value v = rv.v;
        if (v.is_error()) {
            if (exc_matches(I, I.exc, I.t.StopIteration)) {
                I.exc = Value::none();
                done = true;
                return Value::undef();
            }
            return v;
        }
        int r = v.same(sentinel) ? 1 : eq(I, v, sentinel);
        if (r < 0) return Value::error();
        if (r) {
            done = true;
            return Value::undef();
        }
        return v;
    }
    void mark_refs(Gc& gc) override {
        gc.mark(func);
        gc.mark(sentinel);
    }
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Constructors
// ---------------------------------------------------------------------------------------------

Value iter_self(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "__iter__")) return Value::error();
    return self;
}

Value iter_next_m(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "__next__")) return Value::error();
    if (!is_kind(self, Kind::Iterator)) return raise_type_error(I, "expected an iterator");
    Value v = next_native(I, static_cast<IterObj*>(self.o));
    if (v.is_undef()) return raise_value(I, Value::object(I.t.StopIteration));
    return v;
}

Value enumerate_new(Interp& I, Value, const CallArgs& a) {
    if (a.nargs + a.nkw() > 2) {
        return raise_type_error(I, "enumerate() takes at most 2 arguments (" +
                                       std::to_string(a.nargs + a.nkw()) + " given)");
    }
    ArgSpec spec{"enumerate", {"iterable", "start"}, {}, 1, false};
    Value av[2];
    if (a.nargs == 0 && kwarg(a, "iterable").is_undef())
        return raise_type_error(I, "enumerate() missing required argument 'iterable'");
    if (!parse_args(I, a, spec, av)) return Value::error();
    int64_t start = 0;
    if (!av[1].is_undef()) {
        if (av[1].is_small_int())
            start = av[1].as_small_int();
        else if (!to_index(I, av[1], &start))
            return Value::error();
    }
    Value it = get_iter(I, av[0]);
    if (it.is_error()) return it;
    return Value::object(I.alloc<EnumerateIter>(extra(I).enumerate, it, start));
}

Value zip_new(Interp& I, Value, const CallArgs& a) {
    bool strict = false;
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view name = str_view(a.kwnames->items[size_t(k)]);
        if (name != "strict") {
            return raise_type_error(I, "'" + std::string(name) +
                                           "' is an invalid keyword argument for zip()");
        }
        int r = truthy(I, a.args[a.nargs + k]);
        if (r < 0) return Value::error();
        strict = r;
    }
    std::vector<Value> its;
    its.reserve(size_t(a.nargs));
    for (int k = 0; k < a.nargs; ++k) {
        Value it = get_iter(I, a.args[k]);
        if (it.is_error()) return it;
        its.push_back(it);
    }
    return Value::object(I.alloc<ZipIter>(extra(I).zip, std::move(its), strict));
}

Value map_new(Interp& I, Value, const CallArgs& a) {
    if (!no_kwargs(I, a, "map")) return Value::error();
    if (a.nargs < 2) return raise_type_error(I, "map() must have at least two arguments.");
    std::vector<Value> its;
    for (int k = 1; k < a.nargs; ++k) {
        Value it = get_iter(I, a.args[k]);
        if (it.is_error()) return it;
        its.push_back(it);
    }
    return Value::object(I.alloc<MapIter>(extra(I).map, a.args[0], std::move(its)));
}

Value filter_new(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "filter", 2, 2, "filter()")) return Value::error();
    Value it = get_iter(I, a.args[1]);
    if (it.is_error()) return it;
    return Value::object(I.alloc<FilterIter>(extra(I).filter, a.args[0], it));
}

Value reversed_new(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "reversed", 1, 1, "reversed()")) return Value::error();
    Value seq = a.args[0];
    if (is_kind(seq, Kind::List) && seq.o->type == I.t.list)
        return new_list_reverse_iterator(I, as<ListObj>(seq));
    if (is_kind(seq, Kind::Tuple) && seq.o->type == I.t.tuple) {
        int64_t n = int64_t(as<TupleObj>(seq)->items.size());
        return Value::object(I.alloc<ReversedIter>(extra(I).reversed, seq, n));
    }
    TypeObj* t = type_of(I, seq);
    Value rev = type_lookup(t, I.n.__reversed__);
    if (!rev.is_undef()) {
        if (rev.is_none()) {
            return raise_type_error(I, "'" + type_name(I, seq) + "' object is not reversible");
        }
        return call_special(I, seq, I.n.__reversed__, std::span<const Value>());
    }
    if (type_lookup(t, I.n.__getitem__).is_undef() || type_lookup(t, I.n.__len__).is_undef() ||
        is_kind(seq, Kind::Dict)) {
        return raise_type_error(I, "'" + type_name(I, seq) + "' object is not reversible");
    }
    int64_t n;
    if (!len(I, seq, &n)) return Value::error();
    return Value::object(I.alloc<ReversedIter>(extra(I).reversed, seq, n));
}

} // namespace

void ListIter::mark_refs(Gc& gc) {
    gc.mark(list);
}
void TupleIter::mark_refs(Gc& gc) {
    gc.mark(tuple);
}

Value new_list_iterator(Interp& I, ListObj* l) {
    return Value::object(I.alloc<ListIter>(extra(I).list_iterator, l));
}
Value new_list_reverse_iterator(Interp& I, ListObj* l) {
    return Value::object(I.alloc<ListRevIter>(extra(I).list_reverseiterator, l));
}
Value new_tuple_iterator(Interp& I, TupleObj* t) {
    return Value::object(I.alloc<TupleIter>(extra(I).tuple_iterator, t));
}
Value new_str_iterator(Interp& I, StrObj* s) {
    return Value::object(I.alloc<StrIter>(extra(I).str_iterator, s));
}
Value new_dict_iterator(Interp& I, DictObj* d, ViewKind kind) {
    ExtraTypes& x = extra(I);
    TypeObj* t = kind == ViewKind::Keys     ? x.dict_keyiterator
                 : kind == ViewKind::Values ? x.dict_valueiterator
                                            : x.dict_itemiterator;
    return Value::object(I.alloc<DictIter>(t, d, kind));
}
Value new_set_iterator(Interp& I, SetObj* s) {
    return Value::object(I.alloc<SetIter>(extra(I).set_iterator, s));
}
Value new_range_iterator(Interp& I, int64_t start, int64_t step, int64_t len) {
    return Value::object(I.alloc<RangeIter>(extra(I).range_iterator, start, step, len));
}
Value new_seq_iterator(Interp& I, Value seq) {
    return Value::object(I.alloc<SeqIter>(extra(I).seq_iterator, seq));
}
Value new_callable_iterator(Interp& I, Value func, Value sentinel) {
    return Value::object(I.alloc<CallableIter>(extra(I).callable_iterator, func, sentinel));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_iterator_types(Interp& I) {
    ExtraTypes& x = extra(I);
    auto make = [&](const char* name) {
        TypeObj* t = new_builtin_type(I, name, I.t.object, Kind::Iterator);
        add_method(I, t, "__iter__", iter_self);
        add_method(I, t, "__next__", iter_next_m);
        return t;
    };
    x.list_iterator = make("list_iterator");
    x.list_reverseiterator = make("list_reverseiterator");
    x.tuple_iterator = make("tuple_iterator");
    x.str_iterator = make("str_ascii_iterator");
    x.range_iterator = make("range_iterator");
    x.dict_keyiterator = make("dict_keyiterator");
    x.dict_valueiterator = make("dict_valueiterator");
    x.dict_itemiterator = make("dict_itemiterator");
    x.set_iterator = make("set_iterator");
    x.enumerate = make("enumerate");
    x.zip = make("zip");
    x.map = make("map");
    x.filter = make("filter");
    x.reversed = make("reversed");
    x.callable_iterator = make("callable_iterator");
    x.seq_iterator = make("iterator");
    x.enumerate->new_fn = enumerate_new;
    x.zip->new_fn = zip_new;
    x.map->new_fn = map_new;
    x.filter->new_fn = filter_new;
    x.reversed->new_fn = reversed_new;
    for (TypeObj* t : {x.enumerate, x.zip, x.map, x.filter, x.reversed})
        dict_set_str(I, I.builtins, t->name, Value::object(t));
    // The iterator types are reachable from no builtin namespace: keep them alive.
    Interp* ip = &I;
    I.root_markers.push_back([ip](Gc& gc) {
        ExtraTypes& e = extra(*ip);
        for (TypeObj* t : {e.list_iterator, e.list_reverseiterator, e.tuple_iterator,
                           e.str_iterator, e.range_iterator, e.dict_keyiterator,
                           e.dict_valueiterator, e.dict_itemiterator, e.set_iterator, e.enumerate,
                           e.zip, e.map, e.filter, e.reversed, e.callable_iterator, e.seq_iterator})
            gc.mark(t);
    });
}

} // namespace loopscope
