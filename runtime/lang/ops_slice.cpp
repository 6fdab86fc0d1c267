// ops_slice.cpp - `obj[start:stop:step]` read and stored with the bounds on the value stack
// (BINARY_SLICE / STORE_SLICE, as CPython 3.12's opcodes of the same names).
//
// An exact list or tuple with int or None bounds is sliced directly (no slice object); with other
// bounds, and an exact str, the bounds are read through a slice that lives on the C++ stack (the
// item methods keep no reference to the key), so `perm[:k]` allocates only its result. Any other
// object gets a real slice object, as `obj[slice(start, stop, step)]`.
#include "lang/builtins_shared.h"
#include "lang/interp.h"
#include "lang/ops.h"

#include <algorithm>

namespace loopscope {

namespace {

// As PySlice_Unpack + PySlice_AdjustIndices for bounds that are ints or None (no __index__ to
// call, no error to raise): false for any other bound and for a zero step, left to the slow path.
[[gnu::always_inline]] inline bool plain_indices(Value lo, Value hi, Value by, int64_t length,
                                                 int64_t* start, int64_t* step, int64_t* n) {
    int64_t st = 1;
    if (by.tag == Tag::Int) {
        st = by.i;
        if (st == 0 || st == INT64_MIN) return false;
    } else if (by.tag != Tag::None) {
        return false;
    }
    int64_t a, b;
    if (st > 0) {
        if (lo.tag == Tag::None) {
            a = 0;
        } else if (lo.tag == Tag::Int) {
            a = lo.i < 0 ? std::max<int64_t>(lo.i + length, 0) : std::min(lo.i, length);
        } else {
            return false;
        }
        if (hi.tag == Tag::None) {
            b = length;
        } else if (hi.tag == Tag::Int) {
            b = hi.i < 0 ? std::max<int64_t>(hi.i + length, 0) : std::min(hi.i, length);
        } else {
            return false;
        }
        *n = a < b ? (st == 1 ? b - a : (b - a - 1) / st + 1) : 0;
    } else {
        if (lo.tag == Tag::None) {
            a = length - 1;
        } else if (lo.tag == Tag::Int) {
            a = lo.i < 0 ? std::max<int64_t>(lo.i + length, -1) : std::min(lo.i, length - 1);
        } else {
            return false;
        }
        if (hi.tag == Tag::None) {
            b = -1;
        } else if (hi.tag == Tag::Int) {
            b = hi.i < 0 ? std::max<int64_t>(hi.i + length, -1) : std::min(hi.i, length - 1);
        } else {
            return false;
        }
        *n = b < a ? (a - b - 1) / (-st) + 1 : 0;
    }
    *start = a;
    *step = st;
    return true;
}

} // namespace

Value plain_get_slice(Interp& I, Value obj, Value lo, Value hi, Value by) {
    const size_t len =
        obj.o->type == I.t.list ? as<ListObj>(obj)->items.size() : as<TupleObj>(obj)->items.size();
    int64_t start, step, n;
    if (!plain_indices(lo, hi, by, int64_t(len), &start, &step, &n)) return Value::undef();
    return seq_slice(I, obj, start, step, n);
}

bool plain_set_slice(Interp& I, Value obj, Value lo, Value hi, Value by, Value v) {
    if (!v.is_obj() || (v.o->type != I.t.list && v.o->type != I.t.tuple)) return false;
    int64_t start, step, n;
    if (!plain_indices(lo, hi, by, int64_t(as<ListObj>(obj)->items.size()), &start, &step, &n))
        return false;
    auto& items = as<ListObj>(obj)->items;
    if (v.o->type == I.t.tuple) {
        const auto& src = as<TupleObj>(v)->items;
        if (step != 1 && size_t(n) != src.size()) return false; // (the slow path raises)
        return list_store_items(I, items, start, start + n, step, n, src);
    }
    const auto& src = as<ListObj>(v)->items;
    if (step != 1 && size_t(n) != src.size()) return false; // (the slow path raises ValueError)
    if (&src == &items) return list_store_slice(I, obj, start, start + n, step, n, v); // a[:] = a
    return list_store_items(I, items, start, start + n, step, n, src);
}

Value get_slice(Interp& I, Value obj, Value start, Value stop, Value step) {
    if (obj.is_obj()) {
        TypeObj* t = obj.o->type;
        if (t == I.t.list || t == I.t.tuple) {
            Value r = plain_get_slice(I, obj, start, stop, step);
            if (!r.is_undef()) return r;
        }
        Value (*get)(Interp&, Value, Value) = t == I.t.list    ? list_get_slice
                                              : t == I.t.tuple ? tuple_get_slice
                                              : t == I.t.str   ? str_get_slice
                                                               : nullptr;
        if (get) {
            SliceObj local(I.t.slice, start, stop, step);
            return get(I, obj, Value::object(&local));
        }
    }
    Rooted key(I, Value::object(I.alloc<SliceObj>(I.t.slice, start, stop, step)));
    return getitem(I, obj, key.v);
}

bool set_slice(Interp& I, Value obj, Value start, Value stop, Value step, Value v) {
    if (obj.is_obj() && obj.o->type == I.t.list) {
        if (plain_set_slice(I, obj, start, stop, step, v)) return true;
        SliceObj local(I.t.slice, start, stop, step);
        return list_set_slice(I, obj, Value::object(&local), v);
    }
    Rooted key(I, Value::object(I.alloc<SliceObj>(I.t.slice, start, stop, step)));
    return setitem(I, obj, key.v, v);
}

} // namespace loopscope
