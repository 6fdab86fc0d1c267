// list_methods.cpp - list and tuple: constructors, dunders and methods (as CPython's
// listobject.c / tupleobject.c), including slice assignment and a stable merge sort.
//
// Index:
//   [SECTION] Shared sequence helpers - index parsing, repr, comparison
//   [SECTION] Sorting                 - list.sort (stable, key=, reverse=)
//   [SECTION] list
//   [SECTION] tuple
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/finalize.h"
#include "lang/init.h"

#include <algorithm>

namespace loopscope {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Shared sequence helpers
// ---------------------------------------------------------------------------------------------

// The items of a list or tuple `self` (nullptr + TypeError when self is neither).
std::vector<Value>* seq_items(Interp& I, Value self, Kind k, const char* method) {
    if (is_kind(self, k)) {
        return k == Kind::List ? &as<ListObj>(self)->items : &as<TupleObj>(self)->items;
    }
    raise_type_error(I, std::string("descriptor '") + method + "' for '" +
                            (k == Kind::List ? "list" : "tuple") +
                            "' objects doesn't apply to a '" + type_name(I, self) + "' object");
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

namespace {

bool int_arg(Interp& I, Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    return to_index(I, v, out);
}

Value seq_getitem(Interp& I, const std::vector<Value>& items, Value k, bool is_list) {
    const char* tname = is_list ? "list" : "tuple";
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices(I, as<SliceObj>(k), int64_t(items.size()), &start, &stop, &step, &n))
            return Value::error();
        std::vector<Value> out;
        if (step == 1) {
            out.assign(items.begin() + start, items.begin() + start + n);
        } else {
            out.reserve(size_t(n));
            for (int64_t j = 0, i = start; j < n; ++j, i += step) out.push_back(items[size_t(i)]);
        }
        return is_list ? new_list(I, std::move(out)) : new_tuple(I, std::move(out));
    }
    int64_t i;
    if (!item_index(I, k, tname, &i)) return Value::error();
    if (!norm_index(&i, int64_t(items.size())))
        return raise(I, I.t.IndexError, std::string(tname) + " index out of range");
    return items[size_t(i)];
}

Value seq_repr(Interp& I, Obj* self, const std::vector<Value>& items, bool is_list) {
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
Value seq_index(Interp& I, const std::vector<Value>& items, const CallArgs& a, bool is_list) {
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

Value seq_count(Interp& I, const std::vector<Value>& items, const CallArgs& a, bool is_list) {
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

int seq_contains(Interp& I, const std::vector<Value>& items, Value x) {
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
// [SECTION] Sorting
// ---------------------------------------------------------------------------------------------

struct SortItem {
    Value key;
    Value value;
    uint64_t d0 = 0, d1 = 0; // digests of the key (or a tuple key's first two items), below
};

// Stable merge sort that stays memory-safe whatever the comparison answers (a user __lt__ may
// be inconsistent or fail); `lt(a, b)` compares two SortItems' keys and returns -1 on error,
// which stops the sort.
template <typename Lt>
bool merge_sort(Interp& I, std::vector<SortItem>& v, Lt lt) {
    size_t n = v.size();
    if (n < 2) return true;
    // A tick per item placed, charged every kWork items: a sort of millions is bounded by the
    // budget like a loop (native_work).
    constexpr size_t kWork = 1024;
    size_t placed = 0;
    // Insertion sort runs of 16, then merge bottom-up.
    const size_t run = 16;
    for (size_t b = 0; b < n; b += run) {
        size_t e = std::min(n, b + run);
        for (size_t i = b + 1; i < e; ++i) {
            SortItem x = v[i];
            size_t j = i;
            while (j > b) {
                int r = lt(x, v[j - 1]);
                if (r < 0) return false;
                if (!r) break;
                v[j] = v[j - 1];
                --j;
            }
            v[j] = x;
            if (++placed % kWork == 0 && !native_work(I, int64_t(kWork))) return false;
        }
    }
    std::vector<SortItem> tmp(n);
    for (size_t width = run; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                int r = lt(v[j], v[i]);
                if (r < 0) return false;
                tmp[k++] = r ? v[j++] : v[i++];
                if (++placed % kWork == 0 && !native_work(I, int64_t(kWork))) return false;
            }
            while (i < mid) tmp[k++] = v[i++];
            while (j < hi) tmp[k++] = v[j++];
        }
        v.swap(tmp);
    }
    return true;
}

// The order of two values when it needs no Python code: -1, 0 or 1 for two ints, two floats
// (neither NaN) or two exact strs; 2 for every other pair.
inline int quick_order(Interp& I, const Value& x, const Value& y) {
    if (x.tag == Tag::Int && y.tag == Tag::Int) return int(x.i > y.i) - int(x.i < y.i);
    if (x.tag == Tag::Float && y.tag == Tag::Float) {
        if (x.f < y.f) return -1;
        if (x.f > y.f) return 1;
        return x.f == y.f ? 0 : 2;
    }
    if (x.tag == Tag::Obj && y.tag == Tag::Obj && x.o->type == I.t.str && y.o->type == I.t.str) {
        // UTF-8 byte order is code point order.
        int c = static_cast<StrObj*>(x.o)->s.compare(static_cast<StrObj*>(y.o)->s.view());
        return int(c > 0) - int(c < 0);
    }
    return 2;
}

// a < b for two exact tuple keys from item `i` on (the items before are equal), as tuple's
// richcompare: the first unequal items decide (by identity, then ==, then <), else the
// lengths. Ints, floats and exact strs are ordered inline.
int tuple_less_from(Interp& I, const SortItem& a, const SortItem& b, size_t i) {
    const std::vector<Value>& x = as<TupleObj>(a.key)->items;
    const std::vector<Value>& y = as<TupleObj>(b.key)->items;
    size_t n = std::min(x.size(), y.size());
    for (; i < n; ++i) {
        // a tick per kCompareRun items, as seq_compare
        constexpr size_t kCompareRun = 16;
        if (i % kCompareRun == kCompareRun - 1 && !native_tick(I)) return -1;
        Value p = x[i], q = y[i];
        int d = quick_order(I, p, q);
        if (d == 0) continue;
        if (d != 2) return d < 0;
        if (p.same(q)) continue;
        int r = eq(I, p, q);
        if (r < 0) return -1;
        if (r) continue;
        return less(I, p, q);
    }
    return x.size() < y.size();
}

// An order-preserving digest of an int or an exact str key, kept in its SortItem so most
// comparisons need not visit the objects (CPython's sort has no such thing; it keeps the order
// exact). Int: the value offset so that unsigned order is numeric order (equal digests: equal
// ints). Str: its first 7 bytes zero-padded, then its length capped at 8 (equal digests below
// 8: equal strs; equal digests at 8: the whole texts decide).
enum class Digest : uint8_t { None, Int, Str };
constexpr uint64_t kLongStr = 8;

Digest digest_kind(Interp& I, const Value& v) {
    if (v.tag == Tag::Int) return Digest::Int;
    if (v.tag == Tag::Obj && v.o->type == I.t.str) return Digest::Str;
    return Digest::None;
}

uint64_t digest(const Value& v, Digest k) {
    if (k == Digest::Int) return uint64_t(v.i) ^ (uint64_t(1) << 63);
    const StrText& t = static_cast<StrObj*>(v.o)->s;
    size_t n = std::min<size_t>(t.size(), 7);
    uint64_t d = 0;
    for (size_t i = 0; i < n; ++i) d |= uint64_t(uint8_t(t.data()[i])) << (56 - 8 * i);
    return d | std::min<uint64_t>(t.size(), kLongStr);
}

// The digest kind every key's item `pos` has (None when they differ or a tuple is too short).
Digest common_digest(Interp& I, const std::vector<SortItem>& v, size_t pos) {
    Digest k = Digest::None;
    for (size_t i = 0; i < v.size(); ++i) {
        const std::vector<Value>& t = as<TupleObj>(v[i].key)->items;
        Digest d = t.size() > pos ? digest_kind(I, t[pos]) : Digest::None;
        if (d == Digest::None || (i > 0 && d != k)) return Digest::None;
        k = d;
    }
    return k;
}

// Tuple keys whose first items (kind k0) and maybe second items (k1) have digests d0, d1
// (as CPython's unsafe_tuple_compare orders the first items with a compare chosen in advance).
// `len` is every key's length when they all have one, else SIZE_MAX.
int digest_tuple_less(Interp& I, const SortItem& a, const SortItem& b, Digest k0, Digest k1,
                      size_t len) {
    if (a.d0 != b.d0) return a.d0 < b.d0;
    size_t i = 1;
    if (k0 == Digest::Str && (a.d0 & 0xff) == kLongStr) {
        i = 0;
    } else if (k1 != Digest::None) {
        if (a.d1 != b.d1) return a.d1 < b.d1;
        i = k1 == Digest::Str && (a.d1 & 0xff) == kLongStr ? 1 : 2;
    }
    if (i == len) return 0; // equal tuples
    return tuple_less_from(I, a, b, i);
}

// Sort `items` in place (stable) by key(item) or the items themselves. Shared with sorted().
// Rooted (heap.h): `items` is not changed until the sort is done, and the keys are kept in a
// rooted vector, so every value the sort moves around stays reachable while key functions and
// __lt__ run. (The caller's `items` must not be visible to Python code meanwhile.)
// As CPython's list.sort, the keys are scanned first for one type whose order can be taken
// without a lookup of __lt__ (unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare,
// unsafe_tuple_compare, unsafe_object_compare).
bool sort_values(Interp& I, std::vector<Value>& items, Value key, bool reverse) {
    RootVector items_root(I, items);
    RootedValues keys(I);
    std::vector<SortItem> v(items.size());
    bool has_key = !key.is_undef() && !key.is_none();
    if (has_key) keys.items.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        v[i].value = items[i];
        if (has_key) {
            Value k = call(I, key, std::span<const Value>(&items[i], 1));
            if (k.is_error()) return false;
            keys.items.push_back(k);
            v[i].key = k;
        } else {
            v[i].key = items[i];
        }
    }
    // CPython reverses before and after so equal items keep their order.
    if (reverse) std::reverse(v.begin(), v.end());
    bool all_int = true, all_str = true, all_float = true, one_type = true;
    TypeObj* first = v.empty() ? nullptr : type_of(I, v[0].key);
    for (auto& s : v) {
        all_int &= s.key.tag == Tag::Int;
        all_float &= s.key.tag == Tag::Float;
        // exact strs only: a subclass may order its instances its own way
        all_str &= s.key.tag == Tag::Obj && s.key.o->type == I.t.str;
        one_type &= type_of(I, s.key) == first;
    }
    bool ok;
    if (one_type && first == I.t.tuple) {
        Digest k0 = common_digest(I, v, 0);
        Digest k1 = k0 == Digest::None ? Digest::None : common_digest(I, v, 1);
        size_t len = as<TupleObj>(v[0].key)->items.size();
        for (auto& s : v) {
            const std::vector<Value>& t = as<TupleObj>(s.key)->items;
            if (k0 != Digest::None) s.d0 = digest(t[0], k0);
            if (k1 != Digest::None) s.d1 = digest(t[1], k1);
            if (t.size() != len) len = SIZE_MAX;
        }
        if (k0 == Digest::None) {
            ok = merge_sort(I, v, [&](const SortItem& a, const SortItem& b) {
                return tuple_less_from(I, a, b, 0);
            });
        } else {
            ok = merge_sort(I, v, [&](const SortItem& a, const SortItem& b) {
                return digest_tuple_less(I, a, b, k0, k1, len);
            });
        }
    } else if (all_int) {
        ok = merge_sort(
            I, v, [](const SortItem& a, const SortItem& b) { return int(a.key.i < b.key.i); });
    } else if (all_float) {
        ok = merge_sort(
            I, v, [](const SortItem& a, const SortItem& b) { return int(a.key.f < b.key.f); });
    } else if (all_str) {
        for (auto& s : v) s.d0 = digest(s.key, Digest::Str);
        ok = merge_sort(I, v, [](const SortItem& a, const SortItem& b) {
            if (a.d0 != b.d0) return int(a.d0 < b.d0);
            if ((a.d0 & 0xff) != kLongStr) return 0;
            return int(as_str(a.key)->s < as_str(b.key)->s);
        });
    } else if (one_type) {
        ok = merge_sort(I, v, [&](const SortItem& a, const SortItem& b) {
            return less_same_type(I, a.key, b.key);
        });
    } else {
        ok = merge_sort(
            I, v, [&](const SortItem& a, const SortItem& b) { return less(I, a.key, b.key); });
    }
    if (!ok) return false;
    if (reverse) std::reverse(v.begin(), v.end());
    for (size_t i = 0; i < items.size(); ++i) items[i] = v[i].value;
    return true;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] list
// ---------------------------------------------------------------------------------------------

#define LIST_SELF(method)                                                                          \
    auto* items_ = seq_items(I, self, Kind::List, method);                                         \
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
    return seq_getitem(I, items, a.args[0], true);
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

Value list_setitem(Interp& I, Value self, const CallArgs& a) {
    LIST_SELF("__setitem__");
    if (!check_range(I, a, "__setitem__", 2, 2)) return Value::error();
    Value k = a.args[0], v = a.args[1];
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices(I, as<SliceObj>(k), int64_t(items.size()), &start, &stop, &step, &n))
            return Value::error();
        std::vector<Value> collected;
        const std::vector<Value>* from = &collected;
        if (iterates_as_items(I, v)) {
            const auto& vs =
                is_kind(v, Kind::List) ? as<ListObj>(v)->items : as<TupleObj>(v)->items;
            // the list's own items are copied first (`a[1:] = a`), another's read in place
            if (&vs == &items)
                collected = vs;
            else
                from = &vs;
        } else {
            if (type_lookup(type_of(I, v), I.n.__iter__).is_undef() &&
                type_lookup(type_of(I, v), I.n.__getitem__).is_undef()) {
                return raise_type_error(I, step == 1 ? "can only assign an iterable"
                                                     : "must assign iterable to extended slice");
            }
            if (!collect(I, v, collected)) return Value::error();
        }
        const std::vector<Value>& src = *from;
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
                return Value::none();
            }
            items.erase(items.begin() + start, items.begin() + stop);
            items.insert(items.begin() + start, src.begin(), src.end());
            return Value::none();
        }
        if (n > 0 && std::max(start, start + (n - 1) * step) >= size) {
            // Past the shrunk list's end (where CPython would write out of bounds): a size
            // mismatch, counting only the slice's items still there
            int64_t left = 0;
            for (int64_t j = 0, i = start; j < n; ++j, i += step) left += i >= 0 && i < size;
            if (int64_t(src.size()) != left) n = left;
            return raise_value_error(I, "attempt to assign sequence of size " +
                                            std::to_string(src.size()) +
                                            " to extended slice of size " + std::to_string(n));
        }
        if (int64_t(src.size()) != n) {
            return raise_value_error(I, "attempt to assign sequence of size " +
                                            std::to_string(src.size()) +
                                            " to extended slice of size " + std::to_string(n));
        }
        if (I.fin_count != 0) fin_slice_drops(I, items, start, step, n, false);
        for (int64_t j = 0, i = start; j < n; ++j, i += step) items[size_t(i)] = src[size_t(j)];
        return Value::none();
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
        const auto& src = is_kind(v, Kind::List) ? as<ListObj>(v)->items : as<TupleObj>(v)->items;
        // (grown in place: no new object charges the copy)
        if (!room_for(I, src.size(), sizeof(Value)) ||
            !native_bytes(I, uint64_t(src.size()) * sizeof(Value)))
            return Value::error();
        if (&src == &items) {
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
    bool ok = sort_values(I, work, av[0], reverse);
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
    auto* items_ = seq_items(I, self, Kind::Tuple, method);                                        \
    if (!items_) return Value::error();                                                            \
    const std::vector<Value>& items = *items_;                                                     \
    (void)items

Value tuple_new(Interp& I, Value self, const CallArgs& a) {
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.tuple;
    if (!check_range(I, a, "tuple", 0, 1, "tuple()")) return Value::error();
    if (a.nargs == 0) {
        if (t == I.t.tuple) return Value::object(I.empty_tuple);
        return Value::object(I.alloc<TupleObj>(t, std::vector<Value>{}));
    }
    Value v = a.args[0];
    if (t == I.t.tuple && is_kind(v, Kind::Tuple) && v.o->type == I.t.tuple) return v;
    std::vector<Value> out;
    if (!collect(I, v, out)) return Value::error();
    if (t == I.t.tuple) return new_tuple(I, std::move(out));
    return Value::object(I.alloc<TupleObj>(t, std::move(out)));
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
    return seq_getitem(I, items, k, false);
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

bool sort_list_values(Interp& I, std::vector<Value>& items, Value key, bool reverse) {
    return sort_values(I, items, key, reverse);
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
