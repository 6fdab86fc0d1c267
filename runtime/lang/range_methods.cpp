// range_methods.cpp - range and slice (as CPython's rangeobject.c / sliceobject.c). Ranges
// hold int64 bounds. start/stop/step are read-only properties with native getters.
// init_range_methods also creates the native iterator types (iterators.cpp).
#include "lang/builtins_shared.h"
#include "lang/init.h"

namespace loopscope {

// As CPython's compute_range_length, for int64 bounds (the result fits: |stop - start| < 2**64).
int64_t RangeObj::length() const {
    if (step > 0 && start < stop) {
        return int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1);
    }
    if (step < 0 && start > stop) {
        return int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1);
    }
    return 0;
}

namespace {

// ---------------------------------------------------------------------------------------------
// range
// ---------------------------------------------------------------------------------------------

RangeObj* self_range(Interp& I, Value self, const CallArgs& a) {
    // Property getters are called with the object as the first argument.
    if (self.is_undef() && a.nargs > 0) self = a.args[0];
    if (is_kind(self, Kind::Range)) return as<RangeObj>(self);
    raise_type_error(I, "descriptor requires a 'range' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

#define RANGE_SELF()                                                                               \
    RangeObj* r = self_range(I, self, a);                                                          \
    if (!r) return Value::error()

bool range_arg(Interp& I, Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        raise(I, I.t.OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    return to_index(I, v, out);
}

Value range_new(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "range", 1, 3, "range()")) return Value::error();
    int64_t v[3] = {0, 0, 1};
    for (int k = 0; k < a.nargs; ++k)
        if (!range_arg(I, a.args[k], &v[k])) return Value::error();
    if (a.nargs == 1) {
        v[1] = v[0];
        v[0] = 0;
    }
    if (v[2] == 0) return raise_value_error(I, "range() arg 3 must not be zero");
    return Value::object(I.alloc<RangeObj>(I.t.range, v[0], v[1], v[2]));
}

Value range_len(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    return Value::integer(r->length());
}

Value range_bool(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    return Value::boolean(r->length() != 0);
}

Value range_getitem(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    if (!check_one(I, a, "range.__getitem__")) return Value::error();
    Value k = a.args[0];
    int64_t n = r->length();
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices(I, as<SliceObj>(k), n, &start, &stop, &step, &len))
            return Value::error();
        // As CPython's compute_slice: map the slice's bounds through the range.
        int64_t nstart = r->start + start * r->step;
        int64_t nstop = r->start + stop * r->step;
        int64_t nstep = r->step * step;
        return Value::object(I.alloc<RangeObj>(I.t.range, nstart, nstop, nstep));
    }
    int64_t i;
    if (k.is_small_int()) {
        i = k.as_small_int();
    } else if (is_kind(k, Kind::BigInt)) {
        return raise(I, I.t.IndexError, "range object index out of range");
    } else if (!type_lookup(type_of(I, k), I.n.__index__).is_undef()) {
        if (!to_index(I, k, &i)) return Value::error();
    } else {
        return raise_type_error(I,
                                "range indices must be integers or slices, not " + type_name(I, k));
    }
    if (!norm_index(&i, n)) return raise(I, I.t.IndexError, "range object index out of range");
    return Value::integer(r->start + i * r->step);
}

// Position of int v in r, or -1.
int64_t range_pos(const RangeObj* r, int64_t v) {
    int64_t n = r->length();
    if (n == 0) return -1;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    int64_t off = v - r->start;
    if (off % r->step != 0) return -1;
    return off / r->step;
}

// -1 error, else 0/1; ints by arithmetic, other values by equality with each element.
int range_has(Interp& I, RangeObj* r, Value x) {
    if (x.is_small_int()) return range_pos(r, x.as_small_int()) >= 0;
    if (is_kind(x, Kind::BigInt)) return 0;
    int64_t n = r->length();
    for (int64_t i = 0; i < n; ++i) {
        int e = eq(I, Value::integer(r->start + i * r->step), x);
        if (e != 0) return e;
    }
    return 0;
}

Value range_contains(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    if (!check_one(I, a, "range.__contains__")) return Value::error();
    int h = range_has(I, r, a.args[0]);
    return h < 0 ? Value::error() : Value::boolean(h);
}

Value range_iter(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    return new_range_iterator(I, r->start, r->step, r->length());
}

Value range_reversed(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    int64_t n = r->length();
    int64_t last = n ? r->start + (n - 1) * r->step : r->start;
    return new_range_iterator(I, last, -r->step, n);
}

Value range_repr(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) s += ", " + std::to_string(r->step);
    s += ")";
    return new_str(I, std::move(s));
}

bool range_equal(RangeObj* x, RangeObj* y) {
    int64_t n = x->length();
    if (n != y->length()) return false;
    if (n == 0) return true;
    if (x->start != y->start) return false;
    return n == 1 || x->step == y->step;
}

template <bool ne>
Value range_eq(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    if (!check_one(I, a, "range.__eq__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Range)) return I.not_implemented;
    bool e = range_equal(r, as<RangeObj>(a.args[0]));
    return Value::boolean(ne ? !e : e);
}

Value range_hash(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    // As CPython's range_hash: hash((len, start, step)) with None for unused parts.
    int64_t n = r->length();
    std::vector<Value> t = {Value::integer(n), Value::none(), Value::none()};
    if (n > 0) t[1] = Value::integer(r->start);
    if (n > 1) t[2] = Value::integer(r->step);
    int64_t h;
    if (!tuple_hash(I, t, &h)) return Value::error();
    return Value::integer(h);
}

Value range_index(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    if (!check_one(I, a, "range.index")) return Value::error();
    Value x = a.args[0];
    if (x.is_small_int()) {
        int64_t p = range_pos(r, x.as_small_int());
        if (p >= 0) return Value::integer(p);
    } else {
        int64_t n = r->length();
        for (int64_t i = 0; i < n; ++i) {
            int e = eq(I, Value::integer(r->start + i * r->step), x);
            if (e < 0) return Value::error();
            if (e) return Value::integer(i);
        }
    }
    std::string msg;
    if (!repr_into(I, x, msg)) return Value::error();
    return raise_value_error(I, msg + " is not in range");
}

Value range_count(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    if (!check_one(I, a, "range.count")) return Value::error();
    Value x = a.args[0];
    if (x.is_small_int()) return Value::integer(range_pos(r, x.as_small_int()) >= 0);
    int64_t c = 0, n = r->length();
    for (int64_t i = 0; i < n; ++i) {
        int e = eq(I, Value::integer(r->start + i * r->step), x);
        if (e < 0) return Value::error();
        c += e;
    }
    return Value::integer(c);
}

Value range_start(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    return Value::integer(r->start);
}
Value range_stop(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    return Value::integer(r->stop);
}
Value range_step(Interp& I, Value self, const CallArgs& a) {
    RANGE_SELF();
    return Value::integer(r->step);
}

// ---------------------------------------------------------------------------------------------
// slice
// ---------------------------------------------------------------------------------------------

SliceObj* self_slice(Interp& I, Value self, const CallArgs& a) {
    if (self.is_undef() && a.nargs > 0) self = a.args[0];
    if (is_kind(self, Kind::Slice)) return as<SliceObj>(self);
    raise_type_error(I, "descriptor requires a 'slice' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

#define SLICE_SELF()                                                                               \
    SliceObj* s = self_slice(I, self, a);                                                          \
    if (!s) return Value::error()

Value slice_new(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "slice", 1, 3, "slice()")) return Value::error();
    Value v[3] = {Value::none(), Value::none(), Value::none()};
    if (a.nargs == 1) {
        v[1] = a.args[0];
    } else {
        for (int k = 0; k < a.nargs; ++k) v[k] = a.args[k];
    }
    return Value::object(I.alloc<SliceObj>(I.t.slice, v[0], v[1], v[2]));
}

Value slice_repr(Interp& I, Value self, const CallArgs& a) {
    SLICE_SELF();
    std::string out = "slice(";
    if (!repr_into(I, s->start, out)) return Value::error();
    out += ", ";
    if (!repr_into(I, s->stop, out)) return Value::error();
    out += ", ";
    if (!repr_into(I, s->step, out)) return Value::error();
    out += ")";
    return new_str(I, std::move(out));
}

Value slice_indices_m(Interp& I, Value self, const CallArgs& a) {
    SLICE_SELF();
    if (!check_one(I, a, "slice.indices")) return Value::error();
    int64_t n;
    if (a.args[0].is_small_int())
        n = a.args[0].as_small_int();
    else if (!to_index(I, a.args[0], &n))
        return Value::error();
    if (n < 0) return raise_value_error(I, "length should not be negative");
    int64_t start, stop, step, len;
    if (!slice_indices(I, s, n, &start, &stop, &step, &len)) return Value::error();
    return new_tuple(I, {Value::integer(start), Value::integer(stop), Value::integer(step)});
}

template <CmpOp op>
Value slice_cmp(Interp& I, Value self, const CallArgs& a) {
    SLICE_SELF();
    if (!check_one(I, a, "slice.__eq__")) return Value::error();
    if (!is_kind(a.args[0], Kind::Slice)) return I.not_implemented;
    SliceObj* o = as<SliceObj>(a.args[0]);
    return seq_compare(I, {s->start, s->stop, s->step}, {o->start, o->stop, o->step}, op);
}

Value slice_start(Interp& I, Value self, const CallArgs& a) {
    SLICE_SELF();
    return s->start;
}
Value slice_stop(Interp& I, Value self, const CallArgs& a) {
    SLICE_SELF();
    return s->stop;
}
Value slice_step(Interp& I, Value self, const CallArgs& a) {
    SLICE_SELF();
    return s->step;
}

void add_property(Interp& I, TypeObj* t, const char* name, NativeFn getter) {
    Value g = new_native_function(I, name, getter);
    dict_set_str(
        I, t->dict, I.intern(name),
        Value::object(I.alloc<PropertyObj>(I.t.property, g, Value::none(), Value::none())));
}

} // namespace

void init_range_methods(Interp& I) {
    TypeObj* t = I.t.range;
    t->new_fn = range_new;
    add_method(I, t, "__len__", range_len);
    add_method(I, t, "__bool__", range_bool);
    add_method(I, t, "__getitem__", range_getitem);
    add_method(I, t, "__contains__", range_contains);
    add_method(I, t, "__iter__", range_iter);
    add_method(I, t, "__reversed__", range_reversed);
    add_method(I, t, "__repr__", range_repr);
    add_method(I, t, "__eq__", range_eq<false>);
    add_method(I, t, "__ne__", range_eq<true>);
    add_method(I, t, "__hash__", range_hash);
    add_method(I, t, "index", range_index);
    add_method(I, t, "count", range_count);
    add_property(I, t, "start", range_start);
    add_property(I, t, "stop", range_stop);
    add_property(I, t, "step", range_step);

    TypeObj* st = I.t.slice;
    st->new_fn = slice_new;
    add_method(I, st, "__repr__", slice_repr);
    add_method(I, st, "indices", slice_indices_m);
    add_method(I, st, "__eq__", slice_cmp<CmpOp::Eq>);
    add_method(I, st, "__ne__", slice_cmp<CmpOp::Ne>);
    add_method(I, st, "__lt__", slice_cmp<CmpOp::Lt>);
    add_method(I, st, "__le__", slice_cmp<CmpOp::Le>);
    add_method(I, st, "__gt__", slice_cmp<CmpOp::Gt>);
    add_method(I, st, "__ge__", slice_cmp<CmpOp::Ge>);
    add_property(I, st, "start", slice_start);
    add_property(I, st, "stop", slice_stop);
    add_property(I, st, "step", slice_step);
    dict_set_str(I, st->dict, I.n.__hash__, Value::none());

    init_iterator_types(I);
}

} // namespace loopscope
