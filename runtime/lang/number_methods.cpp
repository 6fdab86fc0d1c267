// number_methods.cpp - int, bool and float: constructors, repr, __format__, __round__ and the
// small methods (bit_length, is_integer, ...). Arithmetic and comparisons are ops.cpp's; the
// numeric algorithms are bigint.h, float_format.h and format_spec.h.
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"
#include "lang/float_format.h"
#include "lang/format_spec.h"
#include "lang/init.h"

#include <bit>

namespace loopscope {

Value raise_num(Interp& I, const NumError& e) {
    TypeObj* t = I.t.ValueError;
    switch (e.kind) {
        case NumErrorKind::ValueError: t = I.t.ValueError; break;
        case NumErrorKind::OverflowError: t = I.t.OverflowError; break;
        case NumErrorKind::ZeroDivisionError: t = I.t.ZeroDivisionError; break;
        case NumErrorKind::TypeError: t = I.t.TypeError; break;
        case NumErrorKind::IndexError: t = I.t.IndexError; break;
        case NumErrorKind::MemoryError: t = I.t.MemoryError; break;
    }
    return raise(I, t, e.message);
}

bool int_value(Interp& I, Value v, BigInt* out) {
    if (v.is_small_int()) {
        *out = BigInt(v.as_small_int());
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        *out = as<BigIntObj>(v)->v;
        return true;
    }
    raise_type_error(I, "expected an int, not '" + type_name(I, v) + "'");
    return false;
}

namespace {

// ---------------------------------------------------------------------------------------------
// int and bool
// ---------------------------------------------------------------------------------------------

// The int stored in an int instance of a subclass type.
Value int_of_type(Interp& I, TypeObj* t, Value v) {
    if (t == I.t.int_ || v.is_error()) return v;
    BigInt b;
    if (!int_value(I, v, &b)) return Value::error();
    return Value::object(I.alloc<BigIntObj>(t, std::move(b)));
}

Value float_from(Interp& I, Value x);

// int(b'12') / float(b'1.5') parse the bytes as text; a ValueError names the bytes' repr, as
// CPython's ("invalid literal for int() with base 10: b'x'").
template <class Parse>
Value bytes_number(Interp& I, Value x, Parse parse) {
    Value text = decode_bytes(I, bytes_view(x), "latin-1", "strict", x);
    if (text.is_error()) return text;
    Value r = parse(I, text);
    if (r.is_error() && exc_matches(I, I.exc, I.t.ValueError) && is_kind(I.exc, Kind::Exception)) {
        auto* e = as<ExceptionObj>(I.exc);
        if (e->args->items.size() == 1 && is_str(e->args->items[0])) {
            std::string msg(str_view(e->args->items[0]));
            size_t colon = msg.rfind(": ");
            if (colon != std::string::npos)
                return raise_value_error(I, msg.substr(0, colon + 2) + bytes_repr(bytes_view(x)));
        }
    }
    return r;
}

Value int_from(Interp& I, Value x) {
    if (x.is_int()) return x;
    if (x.is_bool()) return Value::integer(x.b ? 1 : 0);
    if (is_kind(x, Kind::BigInt)) {
        if (x.o->type == I.t.int_) return x;
        return new_int(I, as<BigIntObj>(x)->v);
    }
    if (x.is_float()) {
        if (x.f >= -9.2e18 && x.f <= 9.2e18) return Value::integer(int64_t(x.f));
        auto r = BigInt::from_double(x.f);
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    }
    if (is_str(x)) {
        auto r = BigInt::parse(str_view(x), 10);
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    }
    if (is_bytes_like(I, x)) return bytes_number(I, x, int_from);
    TypeObj* t = type_of(I, x);
    for (StrObj* name : {I.n.__int__, I.n.__index__, I.intern("__trunc__")}) {
        if (type_lookup(t, name).is_undef()) continue;
        Value r = call_special(I, x, name, std::span<const Value>());
        if (r.is_error()) return r;
        if (!is_int(I, r)) {
            return raise_type_error(I, "__" + std::string(str_view(Value::object(name))).substr(2) +
                                           " returned non-int (type " + type_name(I, r) + ")");
        }
        return int_from(I, r);
    }
    return raise_type_error(I, "int() argument must be a string, a bytes-like object or a real "
                               "number, not '" +
                                   type_name(I, x) + "'");
}

Value int_new(Interp& I, Value self, const CallArgs& a) {
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.int_;
    if (a.nargs + a.nkw() > 2) {
        return raise_type_error(I, "int() takes at most 2 arguments (" +
                                       std::to_string(a.nargs + a.nkw()) + " given)");
    }
    Value x = arg(a, 0), base = arg(a, 1);
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view name = str_view(a.kwnames->items[size_t(k)]);
        if (name != "base") {
            return raise_type_error(I, "'" + std::string(name) +
                                           "' is an invalid keyword argument for int()");
        }
        base = a.args[a.nargs + k];
    }
    if (x.is_undef()) {
        if (!base.is_undef()) return raise_type_error(I, "int() missing string argument");
        return int_of_type(I, t, Value::integer(0));
    }
    if (base.is_undef()) return int_of_type(I, t, int_from(I, x));
    int64_t b;
    if (base.is_small_int())
        b = base.as_small_int();
    else if (!to_index(I, base, &b))
        return Value::error();
    const bool bytes = !is_str(x) && (is_bytes(I, x) || is_bytearray(I, x)); // not memoryview
    if (!is_str(x) && !bytes)
        return raise_type_error(I, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
        return raise_value_error(I, "int() base must be >= 2 and <= 36, or 0");
    auto parse = [b](Interp& I, Value text) {
        auto r = BigInt::parse(str_view(text), int(b));
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    };
    // int(b'ff', 16) parses the bytes as text, as without a base
    return int_of_type(I, t, bytes ? bytes_number(I, x, parse) : parse(I, x));
}

Value int_repr(Interp& I, Value self, const CallArgs&) {
    if (self.is_bool()) return Value::object(I.intern(self.b ? "True" : "False"));
    if (self.is_int()) {
        int64_t v = self.i;
        if (v >= 0 && v < 10) {
            char c = char('0' + v);
            return Value::object(I.intern(std::string_view(&c, 1)));
        }
        return new_str(I, std::to_string(v));
    }
    if (is_kind(self, Kind::BigInt)) {
        auto r = as<BigIntObj>(self)->v.to_string();
        if (!r) return raise_num(I, r.error());
        return new_str(I, r.value());
    }
    return raise_type_error(I, "descriptor '__repr__' requires a 'int' object but received a '" +
                                   type_name(I, self) + "'");
}

Value int_format(Interp& I, Value self, const CallArgs& a) {
    if (!check_one(I, a, "int.__format__")) return Value::error();
    if (!is_str(a.args[0])) {
        return raise_type_error(I, "__format__() argument must be str, not " +
                                       type_name(I, a.args[0]));
    }
    std::string_view spec = str_view(a.args[0]);
    if (spec.empty()) return to_str(I, self);
    std::string tname = type_name(I, self);
    NumResult<std::string> r = self.is_small_int()
                                   ? format_int(self.as_small_int(), spec, tname)
                                   : format_int(as<BigIntObj>(self)->v, spec, tname);
    if (!r) return raise_num(I, r.error());
    return new_str(I, r.value());
}

Value int_index(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "int.__index__")) return Value::error();
    return int_from(I, self);
}

Value int_float(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "int.__float__")) return Value::error();
    double d;
    if (!to_double(I, self, &d)) return Value::error();
    return Value::floating(d);
}

// int.bit_count(): the number of ones in abs(self)'s binary digits.
static Value int_bit_count(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "int.bit_count")) return Value::error();
    if (self.is_small_int()) {
        int64_t v = self.as_small_int();
        uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
        return Value::integer(std::popcount(m));
    }
    int64_t n = 0;
    for (char c : as<BigIntObj>(self)->v.magnitude_digits(16))
        n += std::popcount(unsigned(c <= '9' ? c - '0' : c - 'a' + 10));
    return Value::integer(n);
}

Value int_bit_length(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "int.bit_length")) return Value::error();
    if (self.is_small_int()) {
        int64_t v = self.as_small_int();
        uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
        int n = 0;
        while (m) {
            ++n;
            m >>= 1;
        }
        return Value::integer(n);
    }
    return Value::integer(int64_t(as<BigIntObj>(self)->v.bit_length()));
}

Value int_conjugate(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "int.conjugate")) return Value::error();
    return int_from(I, self);
}

// round(int, ndigits): exact; negative ndigits round half to even at 10**-ndigits.
Value int_round(Interp& I, Value self, const CallArgs& a) {
    if (!check_range(I, a, "__round__", 0, 1, "int.__round__()")) return Value::error();
    if (a.nargs == 0 || a.args[0].is_none()) return int_from(I, self);
    int64_t nd;
    if (a.args[0].is_small_int())
        nd = a.args[0].as_small_int();
    else if (!to_index(I, a.args[0], &nd))
        return Value::error();
    if (nd >= 0) return int_from(I, self);
    BigInt x;
    if (!int_value(I, self, &x)) return Value::error();
    if (nd < -5000) return Value::integer(0);
    auto p = pow(BigInt(10), uint64_t(-nd));
    if (!p) return raise_num(I, p.error());
    auto qr = divmod(x, p.value());
    if (!qr) return raise_num(I, qr.error());
    BigInt q = qr.value().first, r = qr.value().second;
    BigInt twice = r + r;
    int c = compare(twice, p.value());
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
    return new_int(I, q * p.value());
}

Value int_trunc(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "int.__trunc__")) return Value::error();
    return int_from(I, self);
}

Value bool_new(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "bool", 0, 1, "bool()")) return Value::error();
    if (a.nargs == 0) return Value::boolean(false);
    int r = truthy(I, a.args[0]);
    return r < 0 ? Value::error() : Value::boolean(r);
}

// ---------------------------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------------------------

Value float_from(Interp& I, Value x) {
    if (x.is_float()) return x;
    if (x.is_small_int()) return Value::floating(double(x.as_small_int()));
    if (is_kind(x, Kind::BigInt)) {
        auto r = as<BigIntObj>(x)->v.to_double();
        if (!r) return raise_num(I, r.error());
        return Value::floating(r.value());
    }
    if (is_str(x)) {
        auto r = parse_float(str_view(x));
        if (!r) return raise_num(I, r.error());
        return Value::floating(r.value());
    }
    if (is_bytes_like(I, x)) return bytes_number(I, x, float_from);
    TypeObj* t = type_of(I, x);
    if (!type_lookup(t, I.n.__float__).is_undef()) {
        Value r = call_special(I, x, I.n.__float__, std::span<const Value>());
        if (r.is_error()) return r;
        if (!r.is_float()) {
            return raise_type_error(I, type_name(I, x) + ".__float__ returned non-float (type " +
                                           type_name(I, r) + ")");
        }
        return r;
    }
    if (!type_lookup(t, I.n.__index__).is_undef()) {
        Value r = call_special(I, x, I.n.__index__, std::span<const Value>());
        if (r.is_error()) return r;
        return float_from(I, r);
    }
    return raise_type_error(I, "float() argument must be a string or a real number, not '" +
                                   type_name(I, x) + "'");
}

Value float_new(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "float", 0, 1, "float()")) return Value::error();
    if (a.nargs == 0) return Value::floating(0.0);
    return float_from(I, a.args[0]);
}

bool self_double(Interp& I, Value self, double* d) {
    if (self.is_float()) {
        *d = self.f;
        return true;
    }
    raise_type_error(I, "descriptor requires a 'float' object but received a '" +
                            type_name(I, self) + "'");
    return false;
}

Value float_repr_m(Interp& I, Value self, const CallArgs&) {
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    return new_str(I, float_repr(d));
}

Value float_format_m(Interp& I, Value self, const CallArgs& a) {
    if (!check_one(I, a, "float.__format__")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    if (!is_str(a.args[0])) {
        return raise_type_error(I, "__format__() argument must be str, not " +
                                       type_name(I, a.args[0]));
    }
    auto r = format_float(d, str_view(a.args[0]));
    if (!r) return raise_num(I, r.error());
    return new_str(I, r.value());
}

Value float_round(Interp& I, Value self, const CallArgs& a) {
    if (!check_range(I, a, "__round__", 0, 1, "float.__round__()")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    if (a.nargs == 0 || a.args[0].is_none()) {
        auto r = round_float_to_int(d);
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    }
    int64_t nd;
    if (a.args[0].is_small_int())
        nd = a.args[0].as_small_int();
    else if (!to_index(I, a.args[0], &nd))
        return Value::error();
    auto r = round_float(d, nd);
    if (!r) return raise_num(I, r.error());
    return Value::floating(r.value());
}

Value float_int(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "float.__int__")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    return int_from(I, self);
}

Value float_float(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "float.__float__")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    return self;
}

Value float_is_integer_m(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "float.is_integer")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    return Value::boolean(float_is_integer(d));
}

Value float_ratio(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "float.as_integer_ratio")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    auto r = float_as_integer_ratio(d);
    if (!r) return raise_num(I, r.error());
    return new_tuple(I, {new_int(I, r.value().first), new_int(I, r.value().second)});
}

Value float_conjugate(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "float.conjugate")) return Value::error();
    double d;
    if (!self_double(I, self, &d)) return Value::error();
    return self;
}

// A read-only attribute (real / imag / numerator / denominator) as a property.
void add_property(Interp& I, TypeObj* t, const char* name, NativeFn getter) {
    Value g = new_native_function(I, name, getter);
    dict_set_str(
        I, t->dict, I.intern(name),
        Value::object(I.alloc<PropertyObj>(I.t.property, g, Value::none(), Value::none())));
}

Value getter_self(const Value& self, const CallArgs& a) {
    return number_value(self.is_undef() && a.nargs > 0 ? a.args[0] : self);
}
Value num_real(Interp& I, Value self, const CallArgs& a) {
    Value v = getter_self(self, a);
    return v.is_float() ? v : int_from(I, v);
}
Value num_imag(Interp& I, Value self, const CallArgs& a) {
    Value v = getter_self(self, a);
    (void)I;
    return v.is_float() ? Value::floating(0.0) : Value::integer(0);
}
Value int_denominator(Interp&, Value, const CallArgs&) {
    return Value::integer(1);
}

} // namespace

// str.__format__ lives here with the other __format__ implementations.
Value str_format_spec(Interp& I, Value self, const CallArgs& a) {
    if (!check_one(I, a, "str.__format__")) return Value::error();
    if (!is_str(self))
        return raise_type_error(I, "descriptor '__format__' requires a 'str' object");
    if (!is_str(a.args[0])) {
        return raise_type_error(I, "__format__() argument must be str, not " +
                                       type_name(I, a.args[0]));
    }
    std::string_view spec = str_view(a.args[0]);
    if (spec.empty()) return to_str(I, self);
    auto r = format_str(str_view(self), spec);
    if (!r) return raise_num(I, r.error());
    return new_str(I, r.value());
}

void init_number_methods(Interp& I) {
    TypeObj* t = I.t.int_;
    t->new_fn = int_new;
    add_method(I, t, "__repr__", int_repr);
    add_method(I, t, "__format__", int_format);
    add_method(I, t, "__index__", int_index);
    add_method(I, t, "__int__", int_index);
    add_method(I, t, "__float__", int_float);
    add_method(I, t, "__trunc__", int_trunc);
    add_method(I, t, "__round__", int_round);
    add_method(I, t, "bit_length", int_bit_length);
    add_method(I, t, "bit_count", int_bit_count);
    add_method(I, t, "conjugate", int_conjugate);
    add_property(I, t, "real", num_real);
    add_property(I, t, "imag", num_imag);
    add_property(I, t, "numerator", num_real);
    add_property(I, t, "denominator", int_denominator);

    I.t.bool_->new_fn = bool_new;
    add_method(I, I.t.bool_, "__repr__", int_repr);

    TypeObj* f = I.t.float_;
    f->new_fn = float_new;
    add_method(I, f, "__repr__", float_repr_m);
    add_method(I, f, "__format__", float_format_m);
    add_method(I, f, "__round__", float_round);
    add_method(I, f, "__int__", float_int);
    add_method(I, f, "__trunc__", float_int);
    add_method(I, f, "__float__", float_float);
    add_method(I, f, "is_integer", float_is_integer_m);
    add_method(I, f, "as_integer_ratio", float_ratio);
    add_method(I, f, "conjugate", float_conjugate);
    add_property(I, f, "real", num_real);
    add_property(I, f, "imag", num_imag);
    init_float_hex_methods(I);

    add_method(I, I.t.str, "__format__", str_format_spec);
}

} // namespace loopscope
