// ops_arith.cpp - raising, number construction and conversion, the arithmetic operators
// (binary, in-place, unary), comparisons and hashing, as CPython's abstract.c / object.c /
// longobject.c / floatobject.c.
//
// Index:
//   [SECTION] Raising          - raise, make_exception, the common messages
//   [SECTION] Construction     - new_int, new_tuple, new_list, numeric conversions
//   [SECTION] Binary operators - int / float fast paths, sequences, the dunder protocol
//   [SECTION] Unary operators
//   [SECTION] Comparisons      - compare, eq, less
//   [SECTION] Hashing
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/complex_object.h"
#include "lang/finalize.h"
#include "lang/float_format.h"
#include "lang/ops_internal.h"
#include "lang/vm.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] Raising
// ---------------------------------------------------------------------------------------------

Value make_exception(Interp& I, TypeObj* type, std::string_view msg) {
    Value text = I.str(msg);
    auto* args = TupleObj::make(I, I.t.tuple, &text, 1);
    return Value::object(I.alloc<ExceptionObj>(type, nullptr, args));
}

Value raise(Interp& I, TypeObj* type, std::string_view msg) {
    Value e = make_exception(I, type, msg);
    set_exception_context(I, e);
    I.exc = e;
    return Value::error();
}

Value raise_value(Interp& I, Value exc) {
    if (is_kind(exc, Kind::Type)) {
        TypeObj* t = as<TypeObj>(exc);
        if (!is_subtype(t, I.t.BaseException))
            return raise_type_error(I, "exceptions must derive from BaseException");
        Value inst = call(I, exc, std::span<const Value>());
        if (inst.is_error()) return inst;
        if (!isinstance(I, inst, I.t.BaseException))
            return raise_type_error(I,
                                    "calling " + repr_string(t->name->s) +
                                        " should have returned an instance of BaseException, not " +
                                        type_name(I, inst));
        exc = inst;
    } else if (!isinstance(I, exc, I.t.BaseException)) {
        return raise_type_error(I, "exceptions must derive from BaseException");
    }
    set_exception_context(I, exc);
    I.exc = exc;
    return Value::error();
}

Value raise_type_error(Interp& I, std::string_view msg) {
    return raise(I, I.t.TypeError, msg);
}
Value raise_value_error(Interp& I, std::string_view msg) {
    return raise(I, I.t.ValueError, msg);
}

Value raise_attribute_error(Interp& I, Value obj, StrObj* name) {
    std::string msg;
    if (is_kind(obj, Kind::Module)) {
        msg = "module '" + as<ModuleObj>(obj)->name->s + "' has no attribute '" + name->s + "'";
    } else if (is_kind(obj, Kind::Type)) {
        msg = "type object '" + as<TypeObj>(obj)->name->s + "' has no attribute '" + name->s + "'";
    } else {
        msg = "'" + type_name(I, obj) + "' object has no attribute '" + name->s + "'";
    }
    return raise(I, I.t.AttributeError, msg);
}

Value raise_key_error(Interp& I, Value key) {
    auto* args = TupleObj::make(I, I.t.tuple, &key, 1);
    Value e = Value::object(I.alloc<ExceptionObj>(I.t.KeyError, nullptr, args));
    set_exception_context(I, e);
    I.exc = e;
    return Value::error();
}

Value raise_not_implemented(Interp& I, std::string_view feature) {
    return raise(I, I.t.NotImplementedError, feature);
}

bool exc_matches(Interp& I, Value exc, TypeObj* type) {
    return isinstance(I, exc, type);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Construction and conversion
// ---------------------------------------------------------------------------------------------

Value new_int(Interp& I, const BigInt& v) {
    if (v.fits_int64()) return Value::integer(v.to_int64());
    return Value::object(I.alloc<BigIntObj>(I.t.int_, v));
}

Value new_tuple(Interp& I, std::span<const Value> items) {
    if (items.empty() && I.empty_tuple) return Value::object(I.empty_tuple);
    return Value::object(TupleObj::make(I, I.t.tuple, items));
}
Value new_tuple(Interp& I, const std::vector<Value>& items) {
    return new_tuple(I, std::span<const Value>(items));
}

Value new_list(Interp& I, std::vector<Value> items) {
    return Value::object(I.alloc<ListObj>(I.t.list, std::move(items)));
}

bool is_int(Interp& I, Value v) {
    (void)I;
    return v.is_small_int() || is_kind(v, Kind::BigInt);
}

static BigInt to_big(Value v) {
    if (v.is_small_int()) return BigInt(v.as_small_int());
    return as<BigIntObj>(v)->v;
}

bool to_index(Interp& I, Value v, int64_t* out, std::string_view what) {
    if (v.is_obj() && v.o->type->number_base == I.t.int_) v = number_value(v);
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        raise(I, I.t.IndexError, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    Value f = v.is_obj() ? type_lookup_cached(v.o->type, I.n.__index__) : Value::undef();
    if (!f.is_undef()) {
        Value r = call_bound(I, f, v, std::span<const Value>());
        if (r.is_error()) return false;
        if (!is_int(I, r)) {
            raise_type_error(I, "__index__ returned non-int (type " + type_name(I, r) + ")");
            return false;
        }
        r = number_value(r);
        if (is_kind(r, Kind::BigInt)) {
            raise(I, I.t.IndexError,
                  "cannot fit '" + type_name(I, v) + "' into an index-sized integer");
            return false;
        }
        *out = r.as_small_int();
        return true;
    }
    if (!what.empty()) {
        raise_type_error(I, what);
    } else {
        raise_type_error(I, "'" + type_name(I, v) + "' object cannot be interpreted as an integer");
    }
    return false;
}

bool to_double(Interp& I, Value v, double* out) {
    if (v.is_obj() && !v.o->type->number_base && !v.o->type->is_builtin) {
        // As PyFloat_AsDouble: an instance of a class by its __float__ (a Decimal, a Fraction)
        StrObj* f = I.intern("__float__");
        if (!type_lookup(v.o->type, f).is_undef()) {
            v = call_special(I, v, f, std::span<const Value>());
            if (v.is_error()) return false;
        }
    }
    v = number_value(v);
    if (v.is_float()) {
        *out = v.f;
        return true;
    }
    if (v.is_small_int()) {
        *out = double(v.as_small_int());
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        auto r = as<BigIntObj>(v)->v.to_double();
        if (!r) {
            raise_num(I, r.error());
            return false;
        }
        *out = r.value();
        return true;
    }
    raise_type_error(I, "must be real number, not " + type_name(I, v));
    return false;
}

Value int_from_double(Interp& I, double d) {
    if (std::isnan(d)) return raise_value_error(I, "cannot convert float NaN to integer");
    if (std::isinf(d))
        return raise(I, I.t.OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (t >= -9.2e18 && t <= 9.2e18) return Value::integer(int64_t(t));
    auto r = BigInt::from_double(t);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Binary operators
// ---------------------------------------------------------------------------------------------

static const char* const kOpSymbol[13] = {"+",  "-",  "*", "/", "//", "%", "** or pow()",
                                          "<<", ">>", "&", "|", "^",  "@"};
static const char* const kIOpSymbol[13] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="};

static Value big_result(Interp& I, const NumResult<BigInt>& r) {
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

// The limb operations of `x op y` when it is costly (bigint.h), else 0.
static uint64_t big_binop_work(BinOp op, const BigInt& x, const BigInt& y) {
    const size_t nx = x.limbs().size(), ny = y.limbs().size();
    switch (op) {
        case BinOp::Mul: return mul_work(nx, ny);
        case BinOp::FloorDiv:
        case BinOp::Mod: return div_work(nx, ny);
        case BinOp::Pow:
            return y.is_negative() || !y.fits_int64() ? 0 : pow_work(x, uint64_t(y.to_int64()));
        default: return 0; // linear: the result is charged once made (Interp::alloc)
    }
}

// int op int on arbitrary-precision values.
static Value big_binop(Interp& I, BinOp op, const BigInt& x, const BigInt& y) {
    // huge products, quotients and powers are work like a loop's, charged before they start
    if (!native_ops(I, big_binop_work(op, x, y))) return Value::error();
    switch (op) {
        case BinOp::Add: return new_int(I, x + y);
        case BinOp::Sub: return new_int(I, x - y);
        case BinOp::Mul: return new_int(I, x * y);
        case BinOp::TrueDiv: {
            if (y.is_zero()) return raise(I, I.t.ZeroDivisionError, "division by zero");
            auto r = true_divide(x, y);
            if (!r) return raise_num(I, r.error());
            return Value::floating(r.value());
        }
        case BinOp::FloorDiv: return big_result(I, floordiv(x, y));
        case BinOp::Mod: return big_result(I, mod(x, y));
        case BinOp::Pow: {
            if (y.is_negative()) {
                auto fx = x.to_double();
                if (!fx) return raise_num(I, fx.error());
                auto fy = y.to_double();
                if (!fy) return raise_num(I, fy.error());
                auto r = float_pow(fx.value(), fy.value());
                if (!r) return raise_num(I, r.error());
                return Value::floating(r.value());
            }
            if (!y.fits_int64()) {
                // Only 0, 1 and -1 survive a huge exponent.
                if (x.is_zero()) return Value::integer(0);
                if (x == BigInt(1)) return Value::integer(1);
                if (x == BigInt(-1)) return Value::integer(y.is_odd() ? -1 : 1);
                return raise(I, I.t.MemoryError, "");
            }
            return big_result(I, pow(x, uint64_t(y.to_int64())));
        }
        case BinOp::LShift:
            if (y.is_negative()) return raise_value_error(I, "negative shift count");
            if (!y.fits_int64()) return raise(I, I.t.OverflowError, "too many digits in integer");
            return big_result(I, shift_left(x, y.to_int64()));
        case BinOp::RShift:
            if (y.is_negative()) return raise_value_error(I, "negative shift count");
            if (!y.fits_int64()) return Value::integer(x.is_negative() ? -1 : 0);
            return big_result(I, shift_right(x, y.to_int64()));
        case BinOp::And: return new_int(I, x & y);
        case BinOp::Or: return new_int(I, x | y);
        case BinOp::Xor: return new_int(I, x ^ y);
        case BinOp::MatMul: break;
    }
    return Value::undef();
}

// int op int on int64 values; overflow continues in BigInt. Undef: not supported (@).
static inline Value small_binop(Interp& I, BinOp op, int64_t x, int64_t y) {
    int64_t r;
    switch (op) {
        case BinOp::Add:
            if (checked_add(x, y, &r)) return Value::integer(r);
            break;
        case BinOp::Sub:
            if (checked_sub(x, y, &r)) return Value::integer(r);
            break;
        case BinOp::Mul:
            if (checked_mul(x, y, &r)) return Value::integer(r);
            break;
        case BinOp::TrueDiv: {
            if (y == 0) return raise(I, I.t.ZeroDivisionError, "division by zero");
            const int64_t lim = int64_t(1) << 53;
            if (x >= -lim && x <= lim && y >= -lim && y <= lim)
                return Value::floating(double(x) / double(y));
            break;
        }
        case BinOp::FloorDiv:
            if (y == 0)
                return raise(I, I.t.ZeroDivisionError, "integer division or modulo by zero");
            if (checked_floordiv(x, y, &r)) return Value::integer(r);
            break;
        case BinOp::Mod:
            if (y == 0) return raise(I, I.t.ZeroDivisionError, "integer modulo by zero");
            return Value::integer(py_mod(x, y));
        case BinOp::Pow:
            if (y < 0) {
                if (x == 0)
                    return raise(I, I.t.ZeroDivisionError,
                                 "0.0 cannot be raised to a negative power");
                auto f = float_pow(double(x), double(y));
                if (!f) return raise_num(I, f.error());
                return Value::floating(f.value());
            }
            if (checked_pow(x, y, &r)) return Value::integer(r);
            break;
        case BinOp::LShift:
            if (y < 0) return raise_value_error(I, "negative shift count");
            if (checked_shl(x, y, &r)) return Value::integer(r);
            break;
        case BinOp::RShift:
            if (y < 0) return raise_value_error(I, "negative shift count");
            return Value::integer(py_shr(x, y));
        case BinOp::And: return Value::integer(x & y);
        case BinOp::Or: return Value::integer(x | y);
        case BinOp::Xor: return Value::integer(x ^ y);
        case BinOp::MatMul: return Value::undef();
    }
    return big_binop(I, op, BigInt(x), BigInt(y));
}

static Value float_binop(Interp& I, BinOp op, double x, double y) {
    NumResult<double> r = 0.0;
    switch (op) {
        case BinOp::Add: return Value::floating(x + y);
        case BinOp::Sub: return Value::floating(x - y);
        case BinOp::Mul: return Value::floating(x * y);
        case BinOp::TrueDiv:
            if (y == 0.0) return raise(I, I.t.ZeroDivisionError, "float division by zero");
            return Value::floating(x / y);
        case BinOp::FloorDiv: r = float_floordiv(x, y); break;
        case BinOp::Mod: r = float_mod(x, y); break;
        case BinOp::Pow:
            // a negative base with a finite non-integral exponent: complex (as float_pow)
            if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y))
                return complex_pow_of_floats(I, x, y);
            r = float_pow(x, y);
            break;
        default: return Value::undef();
    }
    if (!r) return raise_num(I, r.error());
    return Value::floating(r.value());
}

// Numbers: int/bool/BigInt/float in any mix. Undef when either operand is not a number or
// the operator does not apply (float << int).
Value number_binop(Interp& I, BinOp op, Value a, Value b) {
    bool ai = is_int(I, a), bi = is_int(I, b);
    if (ai && bi) {
        if (a.is_small_int() && b.is_small_int())
            return small_binop(I, op, a.as_small_int(), b.as_small_int());
        return big_binop(I, op, to_big(a), to_big(b));
    }
    if ((ai || a.is_float()) && (bi || b.is_float())) {
        if (op >= BinOp::LShift) return Value::undef();
        double x, y;
        if (!to_double(I, a, &x) || !to_double(I, b, &y)) return Value::error();
        return float_binop(I, op, x, y);
    }
    return Value::undef();
}

// seq * n for str, list and tuple (n already an int).
static Value repeat_seq(Interp& I, Value seq, Value count) {
    int64_t n;
    if (is_kind(count, Kind::BigInt)) {
        if (as<BigIntObj>(count)->v.is_negative()) {
            n = 0;
        } else {
            return raise(I, I.t.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
    } else {
        n = count.as_small_int();
    }
    if (n < 0) n = 0;
    const int64_t kMax = int64_t(1) << 31;
    if (is_kind(seq, Kind::Str)) {
        StrObj* s = as<StrObj>(seq);
        if (n != 0 && int64_t(s->s.size()) > kMax / n) return raise(I, I.t.MemoryError, "");
        if (!room_for(I, mul_or_max(s->s.size(), uint64_t(n)))) return Value::error();
        // Filled by doubling: the text once, then what is written so far copied after itself
        // (`"y" * 1000` is 10 copies, not 1,000 appends).
        const size_t total = s->s.size() * size_t(n);
        std::string out;
        out.reserve(total);
        if (total != 0) out = s->s;
        while (out.size() < total) out.append(out.data(), std::min(out.size(), total - out.size()));
        return new_str(I, std::move(out));
    }
    std::span<const Value> items = is_kind(seq, Kind::List)
                                       ? std::span<const Value>(as<ListObj>(seq)->items)
                                       : std::span<const Value>(as<TupleObj>(seq)->items);
    if (n != 0 && int64_t(items.size()) > kMax / n) return raise(I, I.t.MemoryError, "");
    if (!room_for(I, mul_or_max(items.size(), uint64_t(n)), sizeof(Value))) return Value::error();
    // Filled by doubling, as the text above.
    const size_t total = items.size() * size_t(n);
    std::vector<Value> out(total);
    if (total != 0) std::copy(items.begin(), items.end(), out.begin());
    for (size_t done = items.size(); done < total; done += std::min(done, total - done))
        std::copy_n(out.begin(), std::min(done, total - done), out.begin() + ptrdiff_t(done));
    return is_kind(seq, Kind::List) ? new_list(I, std::move(out)) : new_tuple(I, out);
}

static bool is_seq(Value v) {
    return v.is_obj() &&
           (v.o->kind == Kind::Str || v.o->kind == Kind::List || v.o->kind == Kind::Tuple);
}

static bool is_builtin_subclass_instance(Value v);

// str + str (an exact str result), in sa's block when its text can grow there (str_text.h).
static Value str_concat(Interp& I, StrObj* sa, StrObj* sb) {
    if (sb->s.empty() && sa->type == I.t.str) return Value::object(sa);
    if (sa->s.empty() && sb->type == I.t.str) return Value::object(sb);
    if (!room_for(I, sa->s.size() + sb->s.size()) ||
        !native_bytes(I, sa->s.size() + sb->s.size())) // (filled after alloc)
        return Value::error();
    return Value::object(StrObj::concat(I, sa, sb));
}

Value tuple_concat(Interp& I, TupleObj* a, TupleObj* b) {
    const size_t na = a->items.size(), nb = b->items.size();
    if (nb == 0 && a->type == I.t.tuple) return Value::object(a);
    if (na == 0 && b->type == I.t.tuple) return Value::object(b);
    if (!room_for(I, na + nb, sizeof(Value))) return Value::error();
    if (na + nb == 0) return Value::object(I.empty_tuple);
    TupleObj* r = TupleObj::make_blank(I, I.t.tuple, na + nb);
    Value* to = r->items.data();
    std::copy(a->items.begin(), a->items.end(), to);
    std::copy(b->items.begin(), b->items.end(), to + na);
    return Value::object(r);
}

// Builtin sequence concatenation and repetition; Undef when not applicable.
static Value seq_binop(Interp& I, BinOp op, Value a, Value b) {
    if (op == BinOp::Add && a.is_obj() && b.is_obj() && a.o->kind == b.o->kind &&
        (a.o->type == b.o->type || (is_builtin_data_kind(a.o->kind) &&
                                    builtin_base(I, a.o->type) == builtin_base(I, b.o->type)))) {
        switch (a.o->kind) {
            case Kind::Str: return str_concat(I, as<StrObj>(a), as<StrObj>(b));
            case Kind::List:
            case Kind::Tuple: {
                if (a.o->kind == Kind::Tuple)
                    return tuple_concat(I, as<TupleObj>(a), as<TupleObj>(b));
                const auto& x = as<ListObj>(a)->items;
                const auto& y = as<ListObj>(b)->items;
                if (!room_for(I, x.size() + y.size(), sizeof(Value))) return Value::error();
                // sized once, copied in two runs (as list_concat / tupleconcat)
                std::vector<Value> out(x.size() + y.size());
                std::copy(x.begin(), x.end(), out.begin());
                std::copy(y.begin(), y.end(), out.begin() + ptrdiff_t(x.size()));
                return new_list(I, std::move(out));
            }
            default: break;
        }
    }
    if (op == BinOp::Mul) {
        if (is_seq(a) && is_int(I, b)) return repeat_seq(I, a, b);
        if (is_seq(b) && is_int(I, a)) return repeat_seq(I, b, a);
    }
    return Value::undef();
}

static bool is_not_implemented(Interp& I, Value v) {
    return v.same(I.not_implemented);
}

// CPython's binary_op1: left's __op__, right's __rop__ (first when right's type is a proper
// subclass overriding it). Returns NotImplemented when neither applies.
static Value binop_dunders(Interp& I, BinOp op, Value a, Value b) {
    TypeObj* ta = type_of(I, a);
    TypeObj* tb = type_of(I, b);
    size_t k = size_t(op);
    Value fa = type_lookup_cached(ta, I.n.binop[k]);
    Value fb = Value::undef();
    if (tb != ta) {
        fb = type_lookup_cached(tb, I.n.rbinop[k]);
        if (!fb.is_undef() && is_subtype(tb, ta) &&
            !fb.same(type_lookup_cached(ta, I.n.rbinop[k]))) {
            Value r = call_bound(I, fb, b, std::span<const Value>(&a, 1));
            if (!is_not_implemented(I, r)) return r;
            fb = Value::undef();
        }
    }
    if (!fa.is_undef()) {
        Value r = call_bound(I, fa, a, std::span<const Value>(&b, 1));
        if (!is_not_implemented(I, r)) return r;
    }
    if (!fb.is_undef()) {
        Value r = call_bound(I, fb, b, std::span<const Value>(&a, 1));
        if (!is_not_implemented(I, r)) return r;
    }
    return I.not_implemented;
}

static Value binop_error(Interp& I, BinOp op, Value a, Value b, bool inplace) {
    if (op == BinOp::Add && is_seq(a) && !is_seq(b)) {
        std::string tn = type_name(I, a);
        return raise_type_error(I, "can only concatenate " + tn + " (not \"" + type_name(I, b) +
                                       "\") to " + tn);
    }
    if (op == BinOp::Add && is_seq(a) && is_seq(b) && a.o->kind != b.o->kind) {
        std::string tn = type_name(I, a);
        return raise_type_error(I, "can only concatenate " + tn + " (not \"" + type_name(I, b) +
                                       "\") to " + tn);
    }
    if (op == BinOp::Mul && (is_seq(a) || is_seq(b))) {
        Value other = is_seq(a) ? b : a;
        return raise_type_error(I, "can't multiply sequence by non-int of type '" +
                                       type_name(I, other) + "'");
    }
    const char* sym = inplace ? kIOpSymbol[size_t(op)] : kOpSymbol[size_t(op)];
    return raise_type_error(I, std::string("unsupported operand type(s) for ") + sym + ": '" +
                                   type_name(I, a) + "' and '" + type_name(I, b) + "'");
}

// An instance of a user subclass of a builtin (class L(list)).
static bool is_builtin_subclass_instance(Value v) {
    return v.is_obj() && !v.o->type->is_builtin && v.o->kind != Kind::Instance &&
           v.o->kind != Kind::Exception && v.o->kind != Kind::Type;
}

static Value binary_slow(Interp& I, BinOp op, Value a, Value b, bool inplace) {
    Value r = number_binop(I, op, a, b);
    if (!r.is_undef()) return r;
    bool sub = is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b);
    if (!sub) {
        r = seq_binop(I, op, a, b);
        if (!r.is_undef()) return r;
    }
    r = binop_dunders(I, op, a, b);
    if (r.is_error() || !is_not_implemented(I, r)) return r;
    if (sub) {
        // the base's + and * (list and tuple keep them here, not as __add__ / __mul__)
        r = seq_binop(I, op, a, b);
        if (!r.is_undef()) return r;
    }
    Value na = number_value(a), nb = number_value(b);
    if (!na.same(a) || !nb.same(b)) {
        // an int subclass repeats a sequence as its int does ([0] * Size.SMALL)
        r = seq_binop(I, op, na, nb);
        if (!r.is_undef()) return r;
    }
    if (op == BinOp::Mul && is_seq(a) != is_seq(b)) {
        // a sequence repeats by any object with __index__ (as sequence_repeat's PyNumber_Index)
        Value count = is_seq(a) ? b : a;
        if (count.is_obj() && !type_lookup_cached(count.o->type, I.n.__index__).is_undef()) {
            Value k = call_special(I, count, I.n.__index__, {});
            if (k.is_error()) return k;
            if (!is_int(I, k))
                return raise_type_error(I, "__index__ returned non-int (type " + type_name(I, k) +
                                               ")");
            k = number_value(k);
            if (is_kind(k, Kind::BigInt) && !as<BigIntObj>(k)->v.is_negative())
                return raise(I, I.t.OverflowError,
                             "cannot fit '" + type_name(I, count) +
                                 "' into an index-sized integer");
            return is_seq(a) ? seq_binop(I, op, a, k) : seq_binop(I, op, k, b);
        }
    }
    return binop_error(I, op, a, b, inplace);
}

Value binary_op(Interp& I, BinOp op, Value a, Value b) {
    if (a.tag == Tag::Int && b.tag == Tag::Int) {
        Value r = small_binop(I, op, a.i, b.i);
        if (!r.is_undef()) return r;
    } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
        Value r = float_binop(I, op, a.f, b.f);
        if (!r.is_undef()) return r;
    } else if (op == BinOp::Add && is_kind(a, Kind::Str) && is_kind(b, Kind::Str) &&
               a.o->type == I.t.str && b.o->type == I.t.str) {
        return str_concat(I, as<StrObj>(a), as<StrObj>(b));
    } else if (op == BinOp::Add && a.is_obj() && b.is_obj() && a.o->type == b.o->type &&
               (a.o->type == I.t.tuple || a.o->type == I.t.list)) {
        // exact tuple + tuple, list + list
        if (a.o->type == I.t.tuple) return tuple_concat(I, as<TupleObj>(a), as<TupleObj>(b));
        return seq_binop(I, op, a, b);
    } else if (a.tag == Tag::Bool && b.tag == Tag::Bool &&
               (op == BinOp::And || op == BinOp::Or || op == BinOp::Xor)) {
        // bool & bool stays a bool (bool.__and__)
        bool x = a.b, y = b.b;
        return Value::boolean(op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y));
    }
    return binary_slow(I, op, a, b, false);
}

Value inplace_op(Interp& I, BinOp op, Value a, Value b) {
    if (a.tag == Tag::Int && b.tag == Tag::Int) {
        Value r = small_binop(I, op, a.i, b.i);
        if (!r.is_undef()) return r;
    } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
        Value r = float_binop(I, op, a.f, b.f);
        if (!r.is_undef()) return r;
    } else if (op == BinOp::Add && is_kind(a, Kind::Str) && is_kind(b, Kind::Str) &&
               a.o->type == I.t.str && b.o->type == I.t.str) {
        return str_concat(I, as<StrObj>(a), as<StrObj>(b));
    }
    if (is_kind(a, Kind::List) && a.o->type == I.t.list) {
        ListObj* l = as<ListObj>(a);
        if (op == BinOp::Add) {
            // list += iterable extends in place (collect first: `xs += xs`).
            if (iterates_as_items(I, b)) {
                std::span<const Value> src = is_kind(b, Kind::List)
                                                 ? std::span<const Value>(as<ListObj>(b)->items)
                                                 : std::span<const Value>(as<TupleObj>(b)->items);
                // (grown in place: no new object charges the copy)
                if (!room_for(I, src.size(), sizeof(Value)) ||
                    !native_bytes(I, uint64_t(src.size()) * sizeof(Value)))
                    return Value::error();
                std::vector<Value> tmp(src.begin(), src.end());
                l->items.insert(l->items.end(), tmp.begin(), tmp.end());
                return a;
            }
            std::vector<Value> tmp;
            if (!collect(I, b, tmp)) return Value::error();
            l->items.insert(l->items.end(), tmp.begin(), tmp.end());
            return a;
        }
        if (op == BinOp::Mul && is_int(I, b)) {
            Value r = repeat_seq(I, a, b);
            if (r.is_error()) return r;
            // `xs *= 0` drops every item (finalize.h)
            if (I.fin_count != 0 && as<ListObj>(r)->items.empty() &&
                fin_dropped_all(I, l->items, true))
                fin_request(I);
            l->items = std::move(as<ListObj>(r)->items);
            return a;
        }
    }
    if (a.is_obj()) {
        Value f = type_lookup_cached(type_of(I, a), I.n.ibinop[size_t(op)]);
        if (!f.is_undef()) {
            Value r = call_bound(I, f, a, std::span<const Value>(&b, 1));
            if (!is_not_implemented(I, r)) return r;
        }
    }
    return binary_slow(I, op, a, b, true);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Unary operators
// ---------------------------------------------------------------------------------------------

Value unary_op(Interp& I, UnaryOp op, Value a) {
    if (op == UnaryOp::Not) {
        int t = truthy(I, a);
        if (t < 0) return Value::error();
        return Value::boolean(t == 0);
    }
    if (a.is_small_int()) {
        int64_t x = a.as_small_int();
        switch (op) {
            case UnaryOp::Neg:
                if (x == INT64_MIN) return new_int(I, -BigInt(x));
                return Value::integer(-x);
            case UnaryOp::Pos: return Value::integer(x);
            case UnaryOp::Invert: return Value::integer(~x);
            default: break;
        }
    }
    if (a.is_float()) {
        if (op == UnaryOp::Neg) return Value::floating(-a.f);
        if (op == UnaryOp::Pos) return a;
    }
    if (is_kind(a, Kind::BigInt)) {
        const BigInt& x = as<BigIntObj>(a)->v;
        if (op == UnaryOp::Neg) return new_int(I, -x);
        if (op == UnaryOp::Pos) return a;
        return new_int(I, ~x);
    }
    StrObj* name = op == UnaryOp::Neg   ? I.n.__neg__
                   : op == UnaryOp::Pos ? I.n.__pos__
                                        : I.n.__invert__;
    Value f = type_lookup_cached(type_of(I, a), name);
    if (!f.is_undef()) return call_bound(I, f, a, std::span<const Value>());
    const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
    return raise_type_error(I, std::string("bad operand type for unary ") + sym + ": '" +
                                   type_name(I, a) + "'");
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Comparisons
// ---------------------------------------------------------------------------------------------

static inline bool cmp_result(int c, CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return c < 0;
        case CmpOp::Le: return c <= 0;
        case CmpOp::Eq: return c == 0;
        case CmpOp::Ne: return c != 0;
        case CmpOp::Gt: return c > 0;
        case CmpOp::Ge: return c >= 0;
    }
    return false;
}

static inline bool double_cmp(double x, double y, CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return x < y;
        case CmpOp::Le: return x <= y;
        case CmpOp::Eq: return x == y;
        case CmpOp::Ne: return x != y;
        case CmpOp::Gt: return x > y;
        case CmpOp::Ge: return x >= y;
    }
    return false;
}

// int vs float exactly (as float_richcompare); 2 = unordered (nan).
static int int_float_cmp(Value i, double y) {
    if (i.is_small_int()) {
        int64_t x = i.as_small_int();
        const int64_t lim = int64_t(1) << 53;
        if (x >= -lim && x <= lim) {
            double dx = double(x);
            if (std::isnan(y)) return 2;
            return dx < y ? -1 : dx > y ? 1 : 0;
        }
        return compare_with_double(BigInt(x), y);
    }
    return compare_with_double(as<BigIntObj>(i)->v, y);
}

// Numbers and str; Undef when not both of those.
Value fast_compare(Interp& I, Value a, Value b, CmpOp op) {
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        return Value::boolean(cmp_result(x < y ? -1 : x > y ? 1 : 0, op));
    }
    if (a.is_float() && b.is_float()) return Value::boolean(double_cmp(a.f, b.f, op));
    if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o->type == I.t.str && b.o->type == I.t.str) {
        const StrText& x = static_cast<StrObj*>(a.o)->s;
        const StrText& y = static_cast<StrObj*>(b.o)->s;
        if (op == CmpOp::Eq || op == CmpOp::Ne) {
            bool same = x.size() == y.size() && std::memcmp(x.data(), y.data(), x.size()) == 0;
            return Value::boolean(op == CmpOp::Eq ? same : !same);
        }
        // UTF-8 byte order is code point order.
        int c = x.compare(y);
        return Value::boolean(cmp_result(c < 0 ? -1 : c > 0 ? 1 : 0, op));
    }
    bool ai = is_int(I, a), bi = is_int(I, b);
    if (ai && bi) return Value::boolean(cmp_result(compare(to_big(a), to_big(b)), op));
    if (ai && b.is_float()) {
        int c = int_float_cmp(a, b.f);
        return Value::boolean(c == 2 ? op == CmpOp::Ne : cmp_result(c, op));
    }
    if (a.is_float() && bi) {
        int c = int_float_cmp(b, a.f);
        return Value::boolean(c == 2 ? op == CmpOp::Ne : cmp_result(-c, op));
    }
    return Value::undef();
}

static StrObj* cmp_name(Interp& I, CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return I.n.__lt__;
        case CmpOp::Le: return I.n.__le__;
        case CmpOp::Eq: return I.n.__eq__;
        case CmpOp::Ne: return I.n.__ne__;
        case CmpOp::Gt: return I.n.__gt__;
        case CmpOp::Ge: return I.n.__ge__;
    }
    return I.n.__eq__;
}

static CmpOp reflected(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return CmpOp::Gt;
        case CmpOp::Le: return CmpOp::Ge;
        case CmpOp::Gt: return CmpOp::Lt;
        case CmpOp::Ge: return CmpOp::Le;
        default: return op;
    }
}

static Value compare_slow(Interp& I, Value a, Value b, CmpOp op);

// As CPython's PyObject_RichCompare: comparing containers recurses (a list's __eq__ compares
// its items), guarded by the recursion limit like a call.
Value compare(Interp& I, Value a, Value b, CmpOp op) {
    Value r = fast_compare(I, a, b, op);
    if (!r.is_undef()) return r;
    if (++I.depth > I.recursion_limit) {
        --I.depth;
        return raise(I, I.t.RecursionError, "maximum recursion depth exceeded in comparison");
    }
    if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o->type == b.o->type) {
        // Two exact lists or two exact tuples: their types' comparison (list_richcompare,
        // tuplerichcompare), which no program can replace, without looking it up.
        if (a.o->type == I.t.tuple) {
            r = seq_compare(I, as<TupleObj>(a)->items, as<TupleObj>(b)->items, op);
            --I.depth;
            return r;
        }
        if (a.o->type == I.t.list) {
            r = seq_compare(I, as<ListObj>(a)->items, as<ListObj>(b)->items, op);
            --I.depth;
            return r;
        }
    }
    r = compare_slow(I, a, b, op);
    --I.depth;
    return r;
}

// As CPython's do_richcompare.
static Value compare_slow(Interp& I, Value a, Value b, CmpOp op) {
    Value r;
    TypeObj* ta = type_of(I, a);
    TypeObj* tb = type_of(I, b);
    CmpOp rop = reflected(op);
    bool checked_reverse = false;
    if (ta != tb && is_subtype(tb, ta)) {
        Value f = type_lookup_cached(tb, cmp_name(I, rop));
        if (!f.is_undef()) {
            checked_reverse = true;
            r = call_bound(I, f, b, std::span<const Value>(&a, 1));
            if (!is_not_implemented(I, r)) return r;
        }
    }
    Value f = type_lookup_cached(ta, cmp_name(I, op));
    if (!f.is_undef()) {
        r = call_bound(I, f, a, std::span<const Value>(&b, 1));
        if (!is_not_implemented(I, r)) return r;
    }
    if (!checked_reverse) {
        Value g = type_lookup_cached(tb, cmp_name(I, rop));
        if (!g.is_undef()) {
            r = call_bound(I, g, b, std::span<const Value>(&a, 1));
            if (!is_not_implemented(I, r)) return r;
        }
    }
    if (op == CmpOp::Eq) return Value::boolean(a.same(b));
    if (op == CmpOp::Ne) return Value::boolean(!a.same(b));
    static const char* const sym[6] = {"<", "<=", "==", "!=", ">", ">="};
    return raise_type_error(I, std::string("'") + sym[size_t(op)] +
                                   "' not supported between instances of '" + type_name(I, a) +
                                   "' and '" + type_name(I, b) + "'");
}

// As PyObject_RichCompareBool: identity implies equality.
int eq(Interp& I, Value a, Value b) {
    if (a.same(b)) return 1;
    Value r = fast_compare(I, a, b, CmpOp::Eq);
    if (r.is_bool()) return r.b ? 1 : 0;
    r = compare(I, a, b, CmpOp::Eq);
    if (r.is_error()) return -1;
    if (r.is_bool()) return r.b ? 1 : 0;
    return truthy(I, r);
}

int less(Interp& I, Value a, Value b) {
    Value r = fast_compare(I, a, b, CmpOp::Lt);
    if (r.is_bool()) return r.b ? 1 : 0;
    r = compare(I, a, b, CmpOp::Lt);
    if (r.is_error()) return -1;
    if (r.is_bool()) return r.b ? 1 : 0;
    return truthy(I, r);
}

int less_same_type(Interp& I, Value a, Value b) {
    Value r = fast_compare(I, a, b, CmpOp::Lt);
    if (r.is_undef()) r = compare_slow(I, a, b, CmpOp::Lt);
    if (r.is_error()) return -1;
    if (r.is_bool()) return r.b ? 1 : 0;
    return truthy(I, r);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Hashing
// ---------------------------------------------------------------------------------------------

static bool unhashable(Interp& I, Value v) {
    raise_type_error(I, "unhashable type: '" + type_name(I, v) + "'");
    return false;
}

bool hash(Interp& I, Value v, int64_t* out) {
    switch (v.tag) {
        case Tag::None: *out = 0x7f0b5a1c4e >> 4; return true;
        case Tag::Bool: *out = v.b ? 1 : 0; return true;
        case Tag::Int: *out = int64_hash(v.i); return true;
        case Tag::Float: *out = float_hash(v.f); return true;
        case Tag::Obj: break;
        default: return unhashable(I, v);
    }
    Obj* o = v.o;
    switch (o->kind) {
        case Kind::Str:
            if (o->type != I.t.str) break; // a subclass may define __hash__
            *out = str_hash(static_cast<StrObj*>(o));
            return true;
        case Kind::BigInt: *out = static_cast<BigIntObj*>(o)->v.hash(); return true;
        case Kind::Tuple:
            if (o->type == I.t.tuple) return tuple_hash(I, static_cast<TupleObj*>(o)->items, out);
            break;
        case Kind::List:
        case Kind::Dict:
        case Kind::DictView:
            if (o->type->is_builtin) return unhashable(I, v);
            break;
        case Kind::Set:
            if (!static_cast<SetObj*>(o)->frozen && o->type->is_builtin) return unhashable(I, v);
            break;
        default: break;
    }
    Value f = type_lookup_cached(o->type, I.n.__hash__);
    if (f.is_undef() || f.is_none()) return unhashable(I, v);
    if (is_kind(f, Kind::NativeFunction) && as<NativeFunctionObj>(f)->fn == object_hash_native) {
        *out = object_id(I, o) >> 4;
        return true;
    }
    Value r;
    if (is_kind(f, Kind::Function)) {
        // a Python __hash__ without call_bound's frame (as call_bound): a native frame fewer
        // per level of recursion through a dict key's hash (in wasm each costs V8 stack)
        ++I.native_depth;
        r = call_function(I, as<FunctionObj>(f), CallArgs{nullptr, 0, nullptr}, v);
        --I.native_depth;
    } else {
        r = call_bound(I, f, v, std::span<const Value>());
    }
    if (r.is_error()) return false;
    if (r.is_small_int()) {
        int64_t h = r.as_small_int();
        // as CPython's slot_tp_hash: a value that fits is the hash itself (-1 is reserved
        // for errors and becomes -2)
        *out = h == -1 ? -2 : h;
        return true;
    }
    if (is_kind(r, Kind::BigInt)) {
        *out = as<BigIntObj>(r)->v.hash();
        return true;
    }
    raise_type_error(I, "__hash__ method should return an integer");
    return false;
}

} // namespace loopscope
