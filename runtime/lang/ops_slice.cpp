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

namespace loopscope {

Value get_slice(Interp& I, Value obj, Value start, Value stop, Value step) {
    if (obj.is_obj()) {
        TypeObj* t = obj.o->type;
        int64_t from, by, n;
        if ((t == I.t.list || t == I.t.tuple) &&
            plain_slice_indices(start, stop, step,
                                int64_t(t == I.t.list ? as<ListObj>(obj)->items.size()
                                                      : as<TupleObj>(obj)->items.size()),
                                &from, &by, &n))
            return seq_slice(I, obj, from, by, n);
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
        int64_t from, by, n;
        if (plain_slice_indices(start, stop, step, int64_t(as<ListObj>(obj)->items.size()), &from,
                                &by, &n))
            return list_store_slice(I, obj, from, from + n, by, n, v);
        SliceObj local(I.t.slice, start, stop, step);
        return list_set_slice(I, obj, Value::object(&local), v);
    }
    Rooted key(I, Value::object(I.alloc<SliceObj>(I.t.slice, start, stop, step)));
    return setitem(I, obj, key.v, v);
}

} // namespace loopscope
