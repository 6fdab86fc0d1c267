// list_methods.cpp - list and tuple: constructors, dunders and methods (as CPython's
// listobject.c / tupleobject.c), including slice assignment; list.sort's algorithm is in
// list_sort.cpp.
//
// Index:
//   [SECTION] Shared sequence helpers - index parsing, repr, comparison
//   [SECTION] list
//   [SECTION] tuple
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/finalize.h"
#include "lang/init.h"

#include <algorithm>
#include <cstring>

namespace loopscope {

// ---- TupleObj: the object and its items in one block (object.h) -----------------------------

// (the heap's accounting as Interp::alloc's)
TupleObj* TupleObj::make_blank(Interp& I, TypeObj* t, size_t n) {
    TupleObj* o;
    Value* at;
    if (t == I.t.tuple) {
        o = new (Bytes{sizeof(TupleObj) + n * sizeof(Value)}) TupleObj(t);
        at = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + sizeof(TupleObj));
    } else {
        using Sub = SubclassObj<TupleObj>;
        o = new (Bytes{sizeof(Sub) + n * sizeof(Value)}) Sub(t);
        at = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + sizeof(Sub));
    }
    o->items = std::span<Value>(at, n);
    I.heap.adopt(o);
    if (I.heap.large_made != 0) [[unlikely]]
        I.charge_made();
    return o;
}

TupleObj* TupleObj::make(Interp& I, TypeObj* t, size_t n) {
    TupleObj* o = make_blank(I, t, n);
    for (Value& v : o->items) v = Value::none();
    return o;
}

TupleObj* TupleObj::make(Interp& I, TypeObj* t, const Value* p, size_t n) {
    TupleObj* o = make_blank(I, t, n);
    if (n) std::memcpy(static_cast<void*>(o->items.data()), p, n * sizeof(Value));
    return o;
}

void TupleObj::operator delete(TupleObj* p, std::destroying_delete_t) {
    const size_t n = size_t(reinterpret_cast<char*>(p->items.data() + p->items.size()) -
                            reinterpret_cast<char*>(p));
    p->~TupleObj();
    Obj::operator delete(p, n);
}

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Shared sequence helpers
// ---------------------------------------------------------------------------------------------

// The TypeError of a list or tuple method called on another object.
void raise_descriptor(Interp& I, Value self, Kind k, const char* method) {
    raise_type_error(I, std::string("descriptor '") + method + "' for '" +
                            (k == Kind::List ? "list" : "tuple") +
                            "' objects doesn't apply to a '" + type_name(I, self) + "' object");
}

// The items of a list `self` (nullptr + TypeError when self is not one).
std::vector<Value>* list_items(Interp& I, Value self, const char* method) {
    if (is_kind(self, Kind::List)) return &as<ListObj>(self)->items;
    raise_descriptor(I, self, Kind::List, method);
    return nullptr;
}
// The items of a tuple `self` (nullptr + TypeError when self is not one).
std::span<Value>* tuple_items(Interp& I, Value self, const char* method) {
    if (is_kind(self, Kind::Tuple)) return &as<TupleObj>(self)->items;
    raise_descriptor(I, self, Kind::Tuple, method);
    return nullptr;
}

} // namespace

// An index argument: int, bool or __index__; "NAME indices must be integers or slices".
bool item_index(Interp& I, Value k, const char* tname, int64_t* out) {
    if (k.is_small_int()) {
        *out = k.as_small_int();
        return true;
    }
    if (is_kind(k, Kind::BigInt)) {
        raise(I, I.t.IndexError, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    if (type_lookup(type_of(I, k), I.n.__index__).is_undef()) {
        raise_type_error(I, std::string(tname) + " indices must be integers or slices, not " +
                                type_name(I, k));
        return false;
    }
    return to_index(I, k, out);
}

// The items start, start + step, ... (n of them) of an exact list or tuple `self` as a new one
// (as list_slice / tuple_slice): a contiguous run is copied at once, a whole exact tuple is
// itself, as in CPython.
Value seq_slice(Interp& I, Value self, int64_t start, int64_t step, int64_t n) {
    // (the items written before the next allocation)
    auto copy_run = [](const Value* from, int64_t step, int64_t n, Value* to) {
        if (step == 1) {
            std::copy(from, from + n, to);
        } else {
            for (int64_t j = 0; j < n; ++j, from += step) to[j] = *from;
        }
    };
    if (self.o->kind == Kind::List) {
        const std::vector<Value>& items = as<ListObj>(self)->items;
        std::vector<Value> out(static_cast<size_t>(n));
        if (n != 0) copy_run(items.data() + start, step, n, out.data());
        return Value::object(I.alloc<ListObj>(I.t.list, std::move(out)));
    }
    std::span<const Value> items = as<TupleObj>(self)->items;
    if (step == 1 && n == int64_t(items.size()) && self.o->type == I.t.tuple) return self;
    if (n == 0) return Value::object(I.empty_tuple);
    TupleObj* out = TupleObj::make_blank(I, I.t.tuple, size_t(n));
    copy_run(items.data() + start, step, n, out->items.data());
    return Value::object(out);
}

namespace {

bool int_arg(Interp& I, Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    return to_index(I, v, out);
}

template <typename Seq>
Value seq_getitem(Interp& I, Value self, const Seq& items, Value k, bool is_list) {
    const char* tname = is_list ? "list" : "tuple";
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices(I, as<SliceObj>(k), int64_t(items.size()), &start, &stop, &step, &n))
            return Value::error();
        return seq_slice(I, self, start, step, n);
    }
    int64_t i;
    if (!item_index(I, k, tname, &i)) return Value::error();
    if (!norm_index(&i, int64_t(items.size())))
        return raise(I, I.t.IndexError, std::string(tname) + " index out of range");
    return items[size_t(i)];
}

template <typename Seq>
Value seq_repr(Interp& I, Obj* self, const Seq& items, bool is_list) {
    if (!repr_enter(I, self)) return I.str(is_list ? "[...]" : "(...)");
    std::string out;
    out.push_back(is_list ? '[' : '(');
    for (size_t k = 0; k < items.size(); ++k) {
        if (k) out += ", ";
        // a tick per item: the repr of millions is bounded like a loop
        if (!native_tick(I) || !repr_into(I, items[k], out)) {
            repr_leave(I, self);
            return Value::error();
        }
    }
    if (!is_list && items.size() == 1) out.push_back(',');
    out.push_back(is_list ? ']' : ')');
    repr_leave(I, self);
    return new_str(I, std::move(out));
}

// index(value[, start[, stop]]) and count(value) for lists and tuples.
template <typename Seq>
Value seq_index(Interp& I, const Seq& items, const CallArgs& a, bool is_list) {
    if (!check_range(I, a, "index", 1, 3, is_list ? "list.index()" : "tuple.index()"))
        return Value::error();
    int64_t n = int64_t(items.size()), start = 0, stop = n;
    if (a.nargs > 1 && !int_arg(I, a.args[1], &start)) return Value::error();
    if (a.nargs > 2 && !int_arg(I, a.args[2], &stop)) return Value::error();
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    Value x = a.args[0];
    for (int64_t i = start; i < stop && i < int64_t(items.size()); ++i) {
        if (!native_tick(I)) return Value::error(); // a scan of millions is bounded too
        Value v = items[size_t(i)];
        if (v.same(x)) return Value::integer(i);
        int r = eq(I, v, x);
        if (r < 0) return Value::error();
        if (r) return Value::integer(i);
    }
    if (!is_list) return raise_value_error(I, "tuple.index(x): x not in tuple");
    std::string msg;
    if (!repr_into(I, x, msg)) return Value::error();
    return raise_value_error(I, msg + " is not in list");
}

template <typename Seq>
Value seq_count(Interp& I, const Seq& items, const CallArgs& a, bool is_list) {
    if (!check_one(I, a, is_list ? "list.count" : "tuple.count")) return Value::error();
    int64_t c = 0;
    Value x = a.args[0];
    for (size_t i = 0; i < items.size(); ++i) {
        if (!native_tick(I)) return Value::error();
        Value v = items[i];
        if (v.same(x)) {
            ++c;
            continue;
        }
        int r = eq(I, v, x);
        if (r < 0) return Value::error();
        c += r;
    }
    return Value::integer(c);
}

template <typename Seq>
int seq_contains(Interp& I, const Seq& items, Value x) {
    for (size_t i = 0; i < items.size(); ++i) {
        if (!native_tick(I)) return -1;
        Value v = items[i];
        if (v.same(x)) return 1;
        int r = eq(I, v, x);
        if (r != 0) return r;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] list
// ---------------------------------------------------------------------------------------------

#define LIST_SELF(method)                                                                          \
    auto* items_ = list_items(I, self, method);                                                    \
    if (!items_) return Value::error();                                                            \
    ListObj* L = as<ListObj>(self);                                                                \
    (void)L;                                                                                       \
    std::vector<Value>& items = *items_;                                                           \
    (void)items

Value list_new(Interp& I, Value self, const CallArgs& a) {
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.list;
    if (t != I.t.list) {
        // list.__new__ of a subclass ignores its arguments; __init__ fills the list.
        return Value::object(I.alloc<ListObj>(t, std::vector<Value>{}));
    }
    if (!check_range(I, a, "list", 0, 1, "list()")) return Value::error();
    std::vector<Value> out;
    if (a.nargs == 1 && !collect(I, a.args[0], out)) return Value::error();
    return new_list(I, std::move(out));
}

Value list_init(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__init__");
    if (!check_range(I, a, "list", 0, 1, "list()")) return Value::error();
    std::vector<Value> out;
    if (a.nargs == 1 && !collect(I, a.args[0], out)) return Value::error();
    items = std::move(out);
    return Value::none();
}

Value list_len(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__len__");
    if (!check_none(I, a, "list.__len__")) return Value::error();
    return Value::integer(int64_t(items.size()));
}

Value list_getitem(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__getitem__");
    if (!check_one(I, a, "list.__getitem__")) return Value::error();
    return seq_getitem(I, self, items, a.args[0], true);
}

// The items a slice store or delete is about to drop, noted so their finalizers run now (as
// CPython frees them there): `reverse` for a contiguous slice (list_ass_slice frees its
// recycled items last first), in slice order for an extended one.
static void fin_slice_drops(Interp& I, const std::vector<Value>& items, int64_t start, int64_t step,
                            int64_t n, bool reverse) {
    if (step == 1) {
        if (fin_dropped_all(I, std::span<const Value>(items.data() + start, size_t(n)), reverse))
            fin_request(I);
        return;
    }
    std::vector<Value> dropped;
    dropped.reserve(size_t(n));
    for (int64_t j = 0, i = start; j < n; ++j, i += step) dropped.push_back(items[size_t(i)]);
    if (fin_dropped_all(I, dropped, false)) fin_request(I);
}

} // namespace

// `self[start:stop:step] = v` on a list with the slice's indices computed (as list_ass_slice /
// list_ass_subscript): n is the slice's length.
bool list_store_slice(Interp& I, Value self, int64_t start, int64_t stop, int64_t step, int64_t n,
                      Value v) {
    std::vector<Value>& items = as<ListObj>(self)->items;
    std::vector<Value> collected;
    const std::vector<Value>* from = &collected;
    if (is_kind(v, Kind::Tuple) && iterates_as_items(I, v)) {
        return list_store_items(I, items, start, stop, step, n, as<TupleObj>(v)->items);
    } else if (iterates_as_items(I, v)) {
        const auto& vs = as<ListObj>(v)->items;
        // the list's own items are copied first (`a[1:] = a`), another's read in place
        if (&vs == &items)
            collected = vs;
        else
            from = &vs;
    } else {
        if (type_lookup(type_of(I, v), I.n.__iter__).is_undef() &&
            type_lookup(type_of(I, v), I.n.__getitem__).is_undef()) {
            raise_type_error(I, step == 1 ? "can only assign an iterable"
                                          : "must assign iterable to extended slice");
            return false;
        }
        if (!collect(I, v, collected)) return false;
    }
    return list_store_items(I, items, start, stop, step, n, *from);
}

// The store of list_store_slice once the items to store are in `src` (not `items` itself).
template <typename Seq>
bool list_store_items(Interp& I, std::vector<Value>& items, int64_t start, int64_t stop,
                      int64_t step, int64_t n, const Seq& src) {
    // Collecting ran Python code, which may have shrunk the list: the bounds are clamped
    // again (as CPython's list_ass_slice)
    int64_t size = int64_t(items.size());
    if (step == 1) {
        start = std::min(start, size);
        stop = std::min(std::max(stop, start), size);
        if (I.fin_count != 0 && stop > start)
            fin_slice_drops(I, items, start, 1, stop - start, true);
        if (size_t(stop - start) == src.size()) { // same length: overwrite in place
            std::copy(src.begin(), src.end(), items.begin() + start);
            return true;
        }
        items.erase(items.begin() + start, items.begin() + stop);
        items.insert(items.begin() + start, src.begin(), src.end());
        return true;
    }
    if (n > 0 && std::max(start, start + (n - 1) * step) >= size) {
        // Past the shrunk list's end (where CPython would write out of bounds): a size
        // mismatch, counting only the slice's items still there
        int64_t left = 0;
        for (int64_t j = 0, i = start; j < n; ++j, i += step) left += i >= 0 && i < size;
        if (int64_t(src.size()) != left) n = left;
        raise_value_error(I, "attempt to assign sequence of size " + std::to_string(src.size()) +
                                 " to extended slice of size " + std::to_string(n));
        return false;
    }
    if (int64_t(src.size()) != n) {
        raise_value_error(I, "attempt to assign sequence of size " + std::to_string(src.size()) +
                                 " to extended slice of size " + std::to_string(n));
        return false;
    }
    if (I.fin_count != 0) fin_slice_drops(I, items, start, step, n, false);
    for (int64_t j = 0, i = start; j < n; ++j, i += step) items[size_t(i)] = src[size_t(j)];
    return true;
}
template bool list_store_items(Interp&, std::vector<Value>&, int64_t, int64_t, int64_t, int64_t,
                               const std::vector<Value>&);
template bool list_store_items(Interp&, std::vector<Value>&, int64_t, int64_t, int64_t, int64_t,
                               const std::span<Value>&);

namespace {

Value list_setitem(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__setitem__");
    if (!check_range(I, a, "__setitem__", 2, 2)) return Value::error();
    Value k = a.args[0], v = a.args[1];
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices(I, as<SliceObj>(k), int64_t(items.size()), &start, &stop, &step, &n))
            return Value::error();
        return list_store_slice(I, self, start, stop, step, n, v) ? Value::none() : Value::error();
    }
    int64_t i;
    if (!item_index(I, k, "list", &i)) return Value::error();
    if (!norm_index(&i, int64_t(items.size())))
        return raise(I, I.t.IndexError, "list assignment index out of range");
    items[size_t(i)] = v;
    return Value::none();
}

Value list_delitem(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__delitem__");
    if (!check_one(I, a, "list.__delitem__")) return Value::error();
    Value k = a.args[0];
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices(I, as<SliceObj>(k), int64_t(items.size()), &start, &stop, &step, &n))
            return Value::error();
        if (n == 0) return Value::none();
        if (step == 1) {
            if (I.fin_count != 0) fin_slice_drops(I, items, start, 1, n, true);
            items.erase(items.begin() + start, items.begin() + start + n);
            return Value::none();
        }
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        if (I.fin_count != 0) fin_slice_drops(I, items, start, step, n, false);
        std::vector<Value> keep;
        keep.reserve(items.size() - size_t(n));
        for (int64_t i = 0; i < int64_t(items.size()); ++i) {
            bool del = i >= start && (i - start) % step == 0 && (i - start) / step < n;
            if (!del) keep.push_back(items[size_t(i)]);
        }
        items.swap(keep);
        return Value::none();
    }
    int64_t i;
    if (!item_index(I, k, "list", &i)) return Value::error();
    if (!norm_index(&i, int64_t(items.size())))
        return raise(I, I.t.IndexError, "list assignment index out of range");
    items.erase(items.begin() + i);
    return Value::none();
}

Value list_contains(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__contains__");
    if (!check_one(I, a, "list.__contains__")) return Value::error();
    int r = seq_contains(I, items, a.args[0]);
    return r < 0 ? Value::error() : Value::boolean(r);
}

Value list_iter(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__iter__");
    if (!check_none(I, a, "list.__iter__")) return Value::error();
    return new_list_iterator(I, L);
}

Value list_reversed(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__reversed__");
    if (!check_none(I, a, "list.__reversed__")) return Value::error();
    return new_list_reverse_iterator(I, L);
}

Value list_repr(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__repr__");
    if (!check_none(I, a, "list.__repr__")) return Value::error();
    return seq_repr(I, L, items, true);
}

template <CmpOp op>
Value list_cmp(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__eq__");
    if (!check_one(I, a, "list.__eq__")) return Value::error();
    if (!is_kind(a.args[0], Kind::List)) return I.not_implemented;
    return seq_compare(I, items, as<ListObj>(a.args[0])->items, op);
}

Value list_append(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("append");
    if (!check_one(I, a, "list.append")) return Value::error();
    items.push_back(a.args[0]);
    I.heap.allocated += sizeof(Value); // growth counts toward the next collection (heap.h)
    return Value::none();
}

Value list_extend(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("extend");
    if (!check_one(I, a, "list.extend")) return Value::error();
    Value v = a.args[0];
    if (iterates_as_items(I, v)) {
        std::span<const Value> src = is_kind(v, Kind::List)
                                         ? std::span<const Value>(as<ListObj>(v)->items)
                                         : std::span<const Value>(as<TupleObj>(v)->items);
        // (grown in place: no new object charges the copy)
        if (!room_for(I, src.size(), sizeof(Value)) ||
            !native_bytes(I, uint64_t(src.size()) * sizeof(Value)))
            return Value::error();
        if (v.o == self.o) {
            size_t n = items.size();
            items.reserve(2 * n);
            for (size_t i = 0; i < n; ++i) items.push_back(items[i]);
        } else {
            items.insert(items.end(), src.begin(), src.end());
        }
        return Value::none();
    }
    std::vector<Value> src;
    if (!collect(I, v, src)) return Value::error();
    items.insert(items.end(), src.begin(), src.end());
    return Value::none();
}

Value list_iadd(Interp& I, Value self, const CallArgs& a) {
    Value r = list_extend(I, self, a);
    return r.is_error() ? r : self;
}

Value list_imul(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__imul__");
    if (!check_one(I, a, "list.__imul__")) return Value::error();
    if (!is_int(I, a.args[0])) return I.not_implemented;
    int64_t n;
    if (!int_arg(I, a.args[0], &n)) return Value::error();
    if (n <= 0) {
        if (I.fin_count != 0 && fin_dropped_all(I, items, true)) fin_request(I);
        items.clear();
        return self;
    }
    size_t len = items.size();
    if (len && uint64_t(n) > (uint64_t(1) << 31) / len) return raise(I, I.t.MemoryError, "");
    if (!room_for(I, mul_or_max(len, uint64_t(n)), sizeof(Value))) return Value::error();
    // (grown in place: no new object charges the work, so it is charged here)
    if (!native_bytes(I, mul_or_max(len, uint64_t(n)) * sizeof(Value))) return Value::error();
    items.reserve(len * size_t(n));
    for (int64_t k = 1; k < n; ++k)
        for (size_t i = 0; i < len; ++i) items.push_back(items[i]);
    return self;
}

Value list_insert(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("insert");
    if (!check_range(I, a, "insert", 2, 2, "list.insert()")) return Value::error();
    int64_t i, n = int64_t(items.size());
    if (!int_arg(I, a.args[0], &i)) return Value::error();
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    items.insert(items.begin() + i, a.args[1]);
    return Value::none();
}

Value list_pop(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("pop");
    if (!check_range(I, a, "pop", 0, 1, "list.pop()")) return Value::error();
    int64_t i = -1;
    if (a.nargs == 1 && !int_arg(I, a.args[0], &i)) return Value::error();
    if (items.empty()) return raise(I, I.t.IndexError, "pop from empty list");
    if (!norm_index(&i, int64_t(items.size())))
        return raise(I, I.t.IndexError, "pop index out of range");
    Value v = items[size_t(i)];
    if (size_t(i) + 1 == items.size())
        items.pop_back();
    else
        items.erase(items.begin() + i);
    return v;
}

Value list_remove(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("remove");
    if (!check_one(I, a, "list.remove")) return Value::error();
    Value x = a.args[0];
    for (size_t i = 0; i < items.size(); ++i) {
        Value v = items[i];
        int r = v.same(x) ? 1 : eq(I, v, x);
        if (r < 0) return Value::error();
        if (r) {
            if (i < items.size()) items.erase(items.begin() + long(i));
            return Value::none();
        }
    }
    return raise_value_error(I, "list.remove(x): x not in list");
}

Value list_index(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("index");
    return seq_index(I, items, a, true);
}

Value list_count(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("count");
    return seq_count(I, items, a, true);
}

Value list_sort(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("sort");
    if (a.nargs > 0) return raise_type_error(I, "sort() takes no positional arguments");
    ArgSpec spec{"sort", {}, {"key", "reverse"}, 0, false};
    Value av[2];
    if (!parse_args(I, a, spec, av)) return Value::error();
    bool reverse = false;
    if (!av[1].is_undef()) {
        int64_t r;
        if (!int_arg(I, av[1], &r)) return Value::error();
        reverse = r != 0;
    }
    // As CPython: the list looks empty while it is being sorted.
    std::vector<Value> work;
    work.swap(items);
    bool ok = sort_list_values(I, work, av[0], reverse);
    bool modified = !L->items.empty();
    L->items.swap(work);
    if (!ok) return Value::error();
    if (modified) return raise_value_error(I, "list modified during sort");
    return Value::none();
}

Value list_reverse(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("reverse");
    if (!check_none(I, a, "list.reverse")) return Value::error();
    if (!native_bytes(I, uint64_t(items.size()) * sizeof(Value))) return Value::error();
    std::reverse(items.begin(), items.end());
    return Value::none();
}

Value list_copy(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("copy");
    if (!check_none(I, a, "list.copy")) return Value::error();
    return new_list(I, items);
}

Value list_clear(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("clear");
    if (!check_none(I, a, "list.clear")) return Value::error();
    if (I.fin_count != 0 && fin_dropped_all(I, items, true)) fin_request(I);
    items.clear();
    return Value::none();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] tuple
// ---------------------------------------------------------------------------------------------

#define TUPLE_SELF(method)                                                                         \
    auto* items_ = tuple_items(I, self, method);                                                   \
    if (!items_) return Value::error();                                                            \
    std::span<const Value> items = *items_;                                                        \
    (void)items

Value tuple_new(Interp& I, Value self, const CallArgs& a) {
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.tuple;
    if (!check_range(I, a, "tuple", 0, 1, "tuple()")) return Value::error();
    if (a.nargs == 0) {
        if (t == I.t.tuple) return Value::object(I.empty_tuple);
        return Value::object(TupleObj::make(I, t, size_t(0)));
    }
    Value v = a.args[0];
    if (t == I.t.tuple && is_kind(v, Kind::Tuple) && v.o->type == I.t.tuple) return v;
    std::vector<Value> out;
    if (!collect(I, v, out)) return Value::error();
    if (t == I.t.tuple) return new_tuple(I, out);
    return Value::object(TupleObj::make(I, t, out));
}

Value tuple_len(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__len__");
    if (!check_none(I, a, "tuple.__len__")) return Value::error();
    return Value::integer(int64_t(items.size()));
}

Value tuple_getitem(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__getitem__");
    if (!check_one(I, a, "tuple.__getitem__")) return Value::error();
    Value k = a.args[0];
    if (is_kind(k, Kind::Slice) && self.o->type == I.t.tuple) {
        SliceObj* s = as<SliceObj>(k);
        if (s->start.is_none() && s->stop.is_none() && s->step.is_none()) return self;
    }
    return seq_getitem(I, self, items, k, false);
}

Value tuple_contains(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__contains__");
    if (!check_one(I, a, "tuple.__contains__")) return Value::error();
    int r = seq_contains(I, items, a.args[0]);
    return r < 0 ? Value::error() : Value::boolean(r);
}

Value tuple_iter(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__iter__");
    if (!check_none(I, a, "tuple.__iter__")) return Value::error();
    return new_tuple_iterator(I, as<TupleObj>(self));
}

Value tuple_repr(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__repr__");
    if (!check_none(I, a, "tuple.__repr__")) return Value::error();
    if (items.empty()) return I.str("()");
    return seq_repr(I, self.o, items, false);
}

Value tuple_hash_m(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__hash__");
    if (!check_none(I, a, "tuple.__hash__")) return Value::error();
    int64_t h;
    if (!tuple_hash(I, items, &h)) return Value::error();
    return Value::integer(h);
}

template <CmpOp op>
Value tuple_cmp(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("__eq__");
    if (!check_one(I, a, "tuple.__eq__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Tuple)) return I.not_implemented;
    return seq_compare(I, items, as<TupleObj>(a.args[0])->items, op);
}

Value tuple_index(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("index");
    return seq_index(I, items, a, false);
}

Value tuple_count(Interp& I, Value self, const CallArgs& a) {
    TUPLE_SELF("count");
    return seq_count(I, items, a, false);
}

} // namespace

// For BINARY_SLICE / STORE_SLICE: these keep no reference to the slice key.
Value list_get_slice(Interp& I, Value self, Value slice) {
    return list_getitem(I, self, CallArgs{&slice, 1, nullptr});
}
Value tuple_get_slice(Interp& I, Value self, Value slice) {
    return tuple_getitem(I, self, CallArgs{&slice, 1, nullptr});
}
bool list_set_slice(Interp& I, Value self, Value slice, Value v) {
    Value args[2] = {slice, v};
    return !list_setitem(I, self, CallArgs{args, 2, nullptr}).is_error();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_list_methods(Interp& I) {
    TypeObj* t = I.t.list;
    // Rooted natives (heap.h): they only collect() (which roots what it gathers) and sort.
    t->new_fn = list_new;
    t->new_rooted = true;
    add_method(I, t, "__init__", list_init, /*rooted=*/true);
    add_method(I, t, "__len__", list_len);
    add_method(I, t, "__getitem__", list_getitem);
    add_method(I, t, "__setitem__", list_setitem);
    add_method(I, t, "__delitem__", list_delitem);
    add_method(I, t, "__contains__", list_contains);
    add_method(I, t, "__iter__", list_iter);
    add_method(I, t, "__reversed__", list_reversed);
    add_method(I, t, "__repr__", list_repr);
    add_method(I, t, "__eq__", list_cmp<CmpOp::Eq>);
    add_method(I, t, "__ne__", list_cmp<CmpOp::Ne>);
    add_method(I, t, "__lt__", list_cmp<CmpOp::Lt>);
    add_method(I, t, "__le__", list_cmp<CmpOp::Le>);
    add_method(I, t, "__gt__", list_cmp<CmpOp::Gt>);
    add_method(I, t, "__ge__", list_cmp<CmpOp::Ge>);
    add_method(I, t, "__iadd__", list_iadd);
    add_method(I, t, "__imul__", list_imul);
    add_method(I, t, "append", list_append);
    add_method(I, t, "extend", list_extend, /*rooted=*/true);
    add_method(I, t, "insert", list_insert);
    add_method(I, t, "pop", list_pop);
    add_method(I, t, "remove", list_remove);
    add_method(I, t, "index", list_index);
    add_method(I, t, "count", list_count);
    add_method(I, t, "sort", list_sort, /*rooted=*/true);
    add_method(I, t, "reverse", list_reverse);
    add_method(I, t, "copy", list_copy);
    add_method(I, t, "clear", list_clear);
    dict_set_str(I, t->dict, I.n.__hash__, Value::none());

    TypeObj* tt = I.t.tuple;
    tt->new_fn = tuple_new;
    tt->new_rooted = true;
    add_method(I, tt, "__len__", tuple_len);
    add_method(I, tt, "__getitem__", tuple_getitem);
    add_method(I, tt, "__contains__", tuple_contains);
    add_method(I, tt, "__iter__", tuple_iter);
    add_method(I, tt, "__repr__", tuple_repr);
    add_method(I, tt, "__hash__", tuple_hash_m);
    add_method(I, tt, "__eq__", tuple_cmp<CmpOp::Eq>);
    add_method(I, tt, "__ne__", tuple_cmp<CmpOp::Ne>);
    add_method(I, tt, "__lt__", tuple_cmp<CmpOp::Lt>);
    add_method(I, tt, "__le__", tuple_cmp<CmpOp::Le>);
    add_method(I, tt, "__gt__", tuple_cmp<CmpOp::Gt>);
    add_method(I, tt, "__ge__", tuple_cmp<CmpOp::Ge>);
    add_method(I, tt, "index", tuple_index);
    add_method(I, tt, "count", tuple_count);
}

} // namespace loopscope
