// builtins_shared.cpp - helpers shared by the builtin types' method files (see
// builtins_shared.h): per-Interp extra types, argument checks with CPython's wording, the repr
// recursion guard, tuple hashing, sequence comparison and slice clamping.
#include "lang/builtins_shared.h"

#include <memory>
#include <unordered_map>

namespace loopscope {

ExtraTypes& extra(Interp& I) {
    // Keyed by Interp: interp.h has no slot for these, and one process may hold several.
    static std::unordered_map<Interp*, std::unique_ptr<ExtraTypes>> table;
    static Interp* last = nullptr;
    static ExtraTypes* last_extra = nullptr;
    if (&I == last) return *last_extra;
    auto& slot = table[&I];
    if (!slot) slot = std::make_unique<ExtraTypes>();
    last = &I;
    last_extra = slot.get();
    return *slot;
}

namespace {

std::string plural(int n, const char* word) {
    std::string s = std::to_string(n) + " " + word;
    if (n != 1) s += "s";
    return s;
}

bool kw_check(Interp& I, const CallArgs& a, std::string_view fname, std::string_view kwname) {
    if (a.nkw() == 0) return true;
    std::string msg(kwname.empty() ? fname : kwname);
    if (kwname.empty()) msg += "()";
    msg += " takes no keyword arguments";
    raise_type_error(I, msg);
    return false;
}

} // namespace

bool no_kwargs(Interp& I, const CallArgs& a, std::string_view fname) {
    return kw_check(I, a, fname, {});
}

bool check_one(Interp& I, const CallArgs& a, std::string_view fname) {
    if (!kw_check(I, a, fname, {})) return false;
    if (a.nargs == 1) return true;
    raise_type_error(I, std::string(fname) + "() takes exactly one argument (" +
                            std::to_string(a.nargs) + " given)");
    return false;
}

bool check_none(Interp& I, const CallArgs& a, std::string_view fname) {
    if (!kw_check(I, a, fname, {})) return false;
    if (a.nargs == 0) return true;
    raise_type_error(I, std::string(fname) + "() takes no arguments (" + std::to_string(a.nargs) +
                            " given)");
    return false;
}

bool check_range(Interp& I, const CallArgs& a, std::string_view fname, int min, int max,
                 std::string_view kwname) {
    if (!kw_check(I, a, fname, kwname)) return false;
    if (a.nargs >= min && a.nargs <= max) return true;
    std::string msg(fname);
    if (min == max) {
        msg += " expected " + plural(min, "argument");
    } else if (a.nargs < min) {
        msg += " expected at least " + plural(min, "argument");
    } else {
        msg += " expected at most " + plural(max, "argument");
    }
    msg += ", got " + std::to_string(a.nargs);
    raise_type_error(I, msg);
    return false;
}

bool check_takes(Interp& I, const CallArgs& a, std::string_view fname, int min, int max,
                 std::string_view kwname) {
    if (!kw_check(I, a, fname, kwname)) return false;
    if (a.nargs >= min && a.nargs <= max) return true;
    std::string msg(fname);
    if (a.nargs < min) {
        msg += "() takes at least " + plural(min, "argument");
    } else {
        msg += "() takes at most " + plural(max, "argument");
    }
    msg += " (" + std::to_string(a.nargs) + " given)";
    raise_type_error(I, msg);
    return false;
}

Value kwarg(const CallArgs& a, std::string_view name) {
    int n = a.nkw();
    for (int k = 0; k < n; ++k) {
        if (str_view(a.kwnames->items[size_t(k)]) == name) return a.args[a.nargs + k];
    }
    return Value::undef();
}

bool repr_enter(Interp& I, Obj* o) {
    auto& st = extra(I).repr_stack;
    for (Obj* p : st) {
        if (p == o) return false;
    }
    st.push_back(o);
    return true;
}

void repr_leave(Interp& I, Obj* o) {
    auto& st = extra(I).repr_stack;
    for (size_t k = st.size(); k-- > 0;) {
        if (st[k] == o) {
            st.erase(st.begin() + long(k));
            return;
        }
    }
}

// As CPython 3.11's tuplehash (Objects/tupleobject.c), 64-bit xxHash primes.
bool tuple_hash(Interp& I, std::span<const Value> items, int64_t* out) {
    const uint64_t p1 = 11400714785074694791ULL;
    const uint64_t p2 = 14029467366897019727ULL;
    const uint64_t p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    // Nested tuples hash recursively: guarded by the recursion limit (CPython 3.11 crashes).
    if (++I.depth > I.recursion_limit) {
        --I.depth;
        raise(I, I.t.RecursionError,
              "maximum recursion depth exceeded while calling a Python object");
        return false;
    }
    size_t k = 0;
    for (const Value& v : items) {
        int64_t h;
        // a tick per 16 items: hashing millions is bounded like a loop
        if ((++k % 16 == 0 && !native_tick(I)) || !key_hash(I, v, &h)) {
            --I.depth;
            return false;
        }
        acc += uint64_t(h) * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    --I.depth;
    acc += uint64_t(items.size()) ^ (p5 ^ 3527539ULL);
    if (acc == uint64_t(-1)) acc = 1546275796;
    *out = int64_t(acc);
    return true;
}

// As CPython's list_richcompare: the first differing items decide, else the lengths.
namespace {
template <typename Seq>
Value seq_compare_impl(Interp& I, const Seq& a, const Seq& b, CmpOp op) {
    if ((op == CmpOp::Eq || op == CmpOp::Ne) && a.size() != b.size()) {
        return Value::boolean(op == CmpOp::Ne);
    }
    size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        // a tick per kCompareRun items: comparing millions is bounded like a loop
        constexpr size_t kCompareRun = 16;
        if (i % kCompareRun == kCompareRun - 1 && !native_tick(I)) return Value::error();
        Value x = a[i], y = b[i];
        if (x.tag == Tag::Int && y.tag == Tag::Int) {
            if (x.i == y.i) continue;
            break;
        }
        if (x.same(y)) continue;
        int r = eq(I, x, y);
        if (r < 0) return Value::error();
        if (!r) break;
    }
    if (i >= a.size() || i >= b.size()) {
        int64_t la = int64_t(a.size()), lb = int64_t(b.size());
        bool res = false;
        switch (op) {
            case CmpOp::Lt: res = la < lb; break;
            case CmpOp::Le: res = la <= lb; break;
            case CmpOp::Eq: res = la == lb; break;
            case CmpOp::Ne: res = la != lb; break;
            case CmpOp::Gt: res = la > lb; break;
            case CmpOp::Ge: res = la >= lb; break;
        }
        return Value::boolean(res);
    }
    if (op == CmpOp::Eq) return Value::boolean(false);
    if (op == CmpOp::Ne) return Value::boolean(true);
    return compare(I, a[i], b[i], op);
}
} // namespace

Value seq_compare(Interp& I, const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op) {
    return seq_compare_impl(I, a, b, op);
}
Value seq_compare(Interp& I, std::span<const Value> a, std::span<const Value> b, CmpOp op) {
    return seq_compare_impl(I, a, b, op);
}

namespace {

// A slice bound as int64: None -> `dflt`; huge ints clamp (as _PyEval_SliceIndex).
bool slice_bound(Interp& I, Value v, int64_t dflt, int64_t* out) {
    if (v.is_none() || v.is_undef()) {
        *out = dflt;
        return true;
    }
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        *out = as<BigIntObj>(v)->v.is_negative() ? INT64_MIN + 1 : INT64_MAX;
        return true;
    }
    if (type_lookup(type_of(I, v), I.n.__index__).is_undef()) {
        raise_type_error(I, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return to_index(I, v, out);
}

} // namespace

// As CPython's PySlice_Unpack + PySlice_AdjustIndices.
bool slice_indices(Interp& I, SliceObj* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelen) {
    if (!slice_bound(I, s->step, 1, step)) return false;
    if (*step == 0) {
        raise_value_error(I, "slice step cannot be zero");
        return false;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;
    bool neg = *step < 0;
    if (!slice_bound(I, s->start, neg ? INT64_MAX : 0, start)) return false;
    if (!slice_bound(I, s->stop, neg ? INT64_MIN + 1 : INT64_MAX, stop)) return false;
    auto adjust = [&](int64_t* x) {
        if (*x < 0) {
            *x += length;
            if (*x < 0) *x = neg ? -1 : 0;
        } else if (*x >= length) {
            *x = neg ? length - 1 : length;
        }
    };
    adjust(start);
    adjust(stop);
    if (neg) {
        *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    } else {
        *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    }
    return true;
}

} // namespace loopscope
