// complex_object.cpp - the complex type: construction (numbers, strings, __complex__), repr,
// format(), arithmetic, ==, hash, abs, with CPython 3.11's results, special values and
// messages (complexobject.c, formatter_unicode.c's format_complex_internal). Compiled for size
// in the page (cold code); cmath is Python (stdlib/py/cmath.py) over the math module.
//
// Index:
//   [SECTION] Values      - making and reading complex numbers, coercion of operands
//   [SECTION] Arithmetic  - quotient, powers (as _Py_c_quot, c_powu, _Py_c_pow)
//   [SECTION] Text        - repr, parsing complex("1+2j"), format()
//   [SECTION] Methods     - the type's dunders, properties and registration
#include "lang/complex_object.h"

#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/float_format.h"
#include "lang/format_spec.h"
#include "lang/init.h"
#include "lang/ops_internal.h"

#include <cmath>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] Values
// ---------------------------------------------------------------------------------------------

namespace {

struct Cx {
    double re = 0.0, im = 0.0;
};

// The complex `v` carries (unwrapping an instance of a subclass), or nullptr.
ComplexObj* complex_obj(Interp& I, Value v) {
    v = number_value(v);
    if (v.is_obj() && v.o->kind == Kind::Native && v.o->type == I.t.complex_)
        return as<ComplexObj>(v);
    return nullptr;
}

Value make(Interp& I, Cx c) {
    return new_complex(I, c.re, c.im);
}

// An operand of complex arithmetic: 1 converted, 0 not a number (NotImplemented), -1 error.
int to_cx(Interp& I, Value v, Cx* out) {
    if (ComplexObj* c = complex_obj(I, v)) {
        *out = {c->re, c->im};
        return 1;
    }
    Value n = number_value(v);
    if (!(n.is_float() || is_int(I, n))) return 0;
    double d;
    if (!to_double(I, n, &d)) return -1;
    *out = {d, 0.0};
    return 1;
}

ComplexObj* self_cx(Interp& I, Value self, const CallArgs& a, const char* name) {
    if (self.is_undef() && a.nargs > 0) self = a.args[0]; // a property's getter
    if (ComplexObj* c = complex_obj(I, self)) return c;
    raise_type_error(I, std::string("descriptor '") + name +
                            "' requires a 'complex' object but received a '" + type_name(I, self) +
                            "'");
    return nullptr;
}

#define CX_SELF(name)                                                                              \
    ComplexObj* me = self_cx(I, self, a, name);                                                    \
    if (!me) return Value::error()

// ---------------------------------------------------------------------------------------------
// [SECTION] Arithmetic
// ---------------------------------------------------------------------------------------------

Cx prod(Cx a, Cx b) {
    return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// as _Py_c_quot (Smith's method); *zero set when the divisor is 0
Cx quot(Cx a, Cx b, bool* zero) {
    double abr = b.re < 0 ? -b.re : b.re;
    double abi = b.im < 0 ? -b.im : b.im;
    if (abr >= abi) {
        if (abr == 0.0) {
            *zero = true;
            return {0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return {NAN, NAN}; // a NaN in the divisor
}

// as c_powu: repeated squaring
Cx powu(Cx x, long n) {
    Cx r{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = prod(r, p);
        p = prod(p, p);
    }
    return r;
}

// as _Py_c_pow; *zero when 0 is raised to a negative or complex power
Cx cpow(Cx a, Cx b, bool* zero) {
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *zero = true;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

// as complex_pow: small integral exponents by multiplication, else the polar formula
Value power(Interp& I, Cx a, Cx b) {
    bool zero = false;
    Cx p;
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
        long n = long(b.re);
        p = n > 0 ? powu(a, n) : quot({1.0, 0.0}, powu(a, -n), &zero);
    } else {
        p = cpow(a, b, &zero);
    }
    if (zero) return raise(I, I.t.ZeroDivisionError, "0.0 to a negative or complex power");
    if (std::isinf(p.re) || std::isinf(p.im))
        return raise(I, I.t.OverflowError, "complex exponentiation");
    return make(I, p);
}

// a op b for complex operands; Undef for operators complex does not have
Value cx_binop(Interp& I, BinOp op, Cx a, Cx b) {
    switch (op) {
        case BinOp::Add: return make(I, {a.re + b.re, a.im + b.im});
        case BinOp::Sub: return make(I, {a.re - b.re, a.im - b.im});
        case BinOp::Mul: return make(I, prod(a, b));
        case BinOp::TrueDiv: {
            bool zero = false;
            Cx q = quot(a, b, &zero);
            if (zero) return raise(I, I.t.ZeroDivisionError, "complex division by zero");
            return make(I, q);
        }
        case BinOp::Pow: return power(I, a, b);
        default: return Value::undef();
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Text
// ---------------------------------------------------------------------------------------------

// One part as repr writes it ('r' without ".0"), with a sign when `sign` (Py_DTSF_SIGN).
std::string part_repr(double x, bool sign) {
    std::string s = double_to_string(x, 'r', 0, {});
    if (sign && s[0] != '-') s.insert(s.begin(), '+');
    return s;
}

// as complex_repr: "(1+2j)", "2j" (a real part of +0 is left out), "(-0-0j)"
std::string cx_repr(double re, double im) {
    if (re == 0.0 && !std::signbit(re)) return part_repr(im, false) + "j";
    return "(" + part_repr(re, false) + part_repr(im, true) + "j)";
}

bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The length of the float literal at the start of `s` (strtod's grammar without hex), 0 if none.
size_t float_prefix(std::string_view s) {
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    for (std::string_view word : {"infinity", "inf", "nan"}) {
        if (s.size() - i >= word.size()) {
            bool same = true;
            for (size_t k = 0; k < word.size(); ++k)
                if ((s[i + k] | 0x20) != word[k]) same = false;
            if (same) return i + word.size();
        }
    }
    size_t digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i, ++digits;
    }
    if (digits == 0) return 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
        if (j < s.size() && is_digit(s[j])) {
            while (j < s.size() && is_digit(s[j])) ++j;
            i = j;
        }
    }
    return i;
}

// as complex_from_string_inner: "<float>", "<float>j", "<float><signed-float>j", and the old
// forms "<float><sign>j", "<sign>j", "j", each optionally in parentheses. 0: malformed;
// -1: an underscore not between digits (as _Py_string_to_number_with_underscores).
int parse_cx(std::string_view text, Cx* out) {
    std::string s;
    for (size_t k = 0; k < text.size(); ++k) {
        if (text[k] == '_') {
            if (k == 0 || k + 1 >= text.size() || !is_digit(text[k - 1]) || !is_digit(text[k + 1]))
                return -1;
            continue;
        }
        s += text[k];
    }
    size_t i = 0, n = s.size();
    auto skip_space = [&] {
        while (i < n && is_space(s[i])) ++i;
    };
    auto number = [&](size_t len) {
        auto r = parse_float(std::string_view(s).substr(i, len));
        i += len;
        return r ? r.value() : 0.0;
    };
    skip_space();
    bool bracket = i < n && s[i] == '(';
    if (bracket) {
        ++i;
        skip_space();
    }
    double x = 0.0, y = 0.0;
    auto is_j = [&] { return i < n && (s[i] == 'j' || s[i] == 'J'); };
    if (size_t len = float_prefix(std::string_view(s).substr(i))) {
        double z = number(len);
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = z;
            if (size_t l2 = float_prefix(std::string_view(s).substr(i))) {
                y = number(l2);
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                ++i;
            }
            if (!is_j()) return false;
            ++i;
        } else if (is_j()) {
            ++i;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            ++i;
        }
        if (!is_j()) return false;
        ++i;
    }
    skip_space();
    if (bracket) {
        if (i >= n || s[i] != ')') return false;
        ++i;
        skip_space();
    }
    if (i != n) return false;
    *out = {x, y};
    return 1;
}

void append_utf8(std::string* out, char32_t c) {
    if (c < 0x80) {
        *out += char(c);
    } else if (c < 0x800) {
        *out += char(0xC0 | (c >> 6));
        *out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out += char(0xE0 | (c >> 12));
        *out += char(0x80 | ((c >> 6) & 0x3F));
        *out += char(0x80 | (c & 0x3F));
    } else {
        *out += char(0xF0 | (c >> 18));
        *out += char(0x80 | ((c >> 12) & 0x3F));
        *out += char(0x80 | ((c >> 6) & 0x3F));
        *out += char(0x80 | (c & 0x3F));
    }
}

// as format_complex_internal: each part formatted as a float (the imaginary one with a sign
// unless the real part is left out), then padded as a whole
Value cx_format(Interp& I, double re, double im, std::string_view spec_text) {
    auto parsed = parse_format_spec(spec_text, 0, '>', "complex");
    if (!parsed) return raise_num(I, parsed.error());
    FormatSpec f = parsed.value();
    if (f.fill == '0')
        return raise_value_error(I, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return raise_value_error(I,
                                 "'=' alignment flag is not allowed in complex format specifier");
    char32_t type = f.type;
    if (type != 0 && std::string_view("eEfFgGn").find(char(type)) == std::string_view::npos) {
        std::string msg = "Unknown format code '";
        append_utf8(&msg, type);
        return raise_value_error(I, msg + "' for object of type 'complex'");
    }
    bool skip_re = false, parens = false;
    if (type == 0) {
        if (re == 0.0 && !std::signbit(re))
            skip_re = true;
        else
            parens = true;
    }
    std::string body;
    for (int part = 0; part < 2; ++part) {
        if (part == 0 && skip_re) continue;
        double x = part == 0 ? re : im;
        char sign = part == 1 && !skip_re ? '+' : f.sign;
        std::string s;
        if (type == 0 && f.precision < 0) {
            DoubleToStringFlags flags;
            flags.alt = f.alternate;
            flags.no_neg_0 = f.no_neg_0;
            s = double_to_string(x, 'r', 0, flags);
            if (f.grouping) { // a separator every 3 digits of the integral part
                size_t start = s[0] == '-' ? 1 : 0, end = start;
                while (end < s.size() && is_digit(s[end])) ++end;
                for (size_t k = end; k > start + 3; k -= 3)
                    s.insert(s.begin() + (k - 3), f.grouping);
            }
            if (s[0] != '-' && sign && sign != '-') s.insert(s.begin(), sign);
        } else {
            std::string sub;
            if (sign) sub += sign;
            if (f.no_neg_0) sub += 'z';
            if (f.alternate) sub += '#';
            if (f.grouping) sub += f.grouping;
            if (f.precision >= 0) sub += "." + std::to_string(f.precision);
            sub += type == 0 ? 'g' : char(type);
            auto r = format_float(x, sub);
            if (!r) return raise_num(I, r.error());
            s = r.value();
        }
        body += s;
    }
    body += 'j';
    if (parens) body = "(" + body + ")";
    int64_t pad = f.width > int64_t(body.size()) ? f.width - int64_t(body.size()) : 0;
    int64_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
    std::string fill;
    append_utf8(&fill, f.fill);
    std::string out;
    for (int64_t k = 0; k < left; ++k) out += fill;
    out += body;
    for (int64_t k = left; k < pad; ++k) out += fill;
    return new_str(I, std::move(out));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Methods
// ---------------------------------------------------------------------------------------------

// complex(real=0, imag=0), complex("1+2j"), complex(obj with __complex__)
Value complex_new(Interp& I, Value, const CallArgs& a) {
    ArgSpec spec{"complex", {"real", "imag"}, {}, 0, false};
    Value xs[2];
    if (!parse_args(I, a, spec, xs)) return Value::error();
    Value r = xs[0].is_undef() ? Value::integer(0) : xs[0];
    Value i = xs[1];
    if (is_kind(r, Kind::Native) && r.o->type == I.t.complex_ && i.is_undef()) return r;
    if (is_str(r)) {
        if (!i.is_undef())
            return raise_type_error(I, "complex() can't take second arg if first is a string");
        Cx c;
        int ok = parse_cx(str_view(r), &c);
        if (ok < 0)
            return raise_value_error(I, "could not convert string to complex: " +
                                            repr_string(std::string(str_view(r))));
        if (ok == 0) return raise_value_error(I, "complex() arg is a malformed string");
        return make(I, c);
    }
    if (!i.is_undef() && is_str(i))
        return raise_type_error(I, "complex() second arg can't be a string");
    Rooted keep(I, r);
    StrObj* dunder = I.intern("__complex__");
    if (!complex_obj(I, r) && !type_lookup(type_of(I, r), dunder).is_undef()) {
        Value res = call_special(I, r, dunder, {});
        if (res.is_error()) return res;
        if (!complex_obj(I, res))
            return raise_type_error(I, "__complex__ returned non-complex (type " +
                                           type_name(I, res) + ")");
        keep.v = r = res;
    }
    // a number: complex, int, float, or anything with __float__ / __index__
    auto numeric = [&](Value v) {
        Value n = number_value(v);
        return complex_obj(I, v) || n.is_float() || is_int(I, n) ||
               !type_lookup(type_of(I, v), I.n.__float__).is_undef() ||
               !type_lookup(type_of(I, v), I.n.__index__).is_undef();
    };
    if (!numeric(r))
        return raise_type_error(I, "complex() first argument must be a string or a number, not '" +
                                       type_name(I, r) + "'");
    if (!i.is_undef() && !numeric(i))
        return raise_type_error(I, "complex() second argument must be a number, not '" +
                                       type_name(I, i) + "'");
    auto as_float = [&](Value v, double* out) {
        Value f = call(I, Value::object(I.t.float_), std::span<const Value>(&v, 1));
        if (f.is_error()) return false;
        *out = f.f;
        return true;
    };
    Cx cr, ci;
    bool r_cx = false, i_cx = false;
    if (ComplexObj* c = complex_obj(I, r)) {
        cr = {c->re, c->im};
        r_cx = true;
    } else if (!as_float(r, &cr.re)) {
        return Value::error();
    }
    if (i.is_undef()) {
        ci.re = cr.im;
    } else if (ComplexObj* c = complex_obj(I, i)) {
        ci = {c->re, c->im};
        i_cx = true;
    } else if (!as_float(i, &ci.re)) {
        return Value::error();
    }
    if (i_cx) cr.re -= ci.im;
    if (r_cx && !i.is_undef()) ci.re += cr.im;
    return make(I, {cr.re, ci.re});
}

Value cx_repr_m(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__repr__");
    return new_str(I, cx_repr(me->re, me->im));
}

Value cx_format_m(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__format__");
    if (!check_one(I, a, "complex.__format__")) return Value::error();
    if (!is_str(a.args[0]))
        return raise_type_error(I, "__format__() argument must be str, not " +
                                       type_name(I, a.args[0]));
    return cx_format(I, me->re, me->im, str_view(a.args[0]));
}

static const char* const kBinNames[13] = {"add", "sub", "mul",    "truediv", "floordiv",
                                          "mod", "pow", "lshift", "rshift",  "and",
                                          "or",  "xor", "matmul"};

[[gnu::noinline]] Value binop_body(Interp& I, BinOp op, bool reflected, Value self,
                                   const CallArgs& a) {
    std::string name = std::string(reflected ? "__r" : "__") + kBinNames[size_t(op)] + "__";
    ComplexObj* me = self_cx(I, self, a, name.c_str());
    if (!me) return Value::error();
    int max = op == BinOp::Pow ? 2 : 1;
    if (a.nkw() || a.nargs < 1 || a.nargs > max)
        return raise_type_error(I, "expected " + std::to_string(max) + " argument" +
                                       (max == 1 ? "" : "s") + ", got " + std::to_string(a.nargs));
    if (a.nargs == 2 && !a.args[1].is_none()) return raise_value_error(I, "complex modulo");
    Cx x{me->re, me->im}, y;
    int ok = to_cx(I, a.args[0], &y);
    if (ok < 0) return Value::error();
    if (ok == 0) return I.not_implemented;
    return reflected ? cx_binop(I, op, y, x) : cx_binop(I, op, x, y);
}
template <BinOp op, bool reflected>
Value cx_binop_native(Interp& I, Value self, const CallArgs& a) {
    return binop_body(I, op, reflected, self, a);
}

// as complex_richcompare: == and != only (with ints compared exactly)
template <CmpOp op>
Value cx_cmp(Interp& I, Value self, const CallArgs& a) {
    static const char* const names[6] = {"__lt__", "__le__", "__eq__",
                                         "__ne__", "__gt__", "__ge__"};
    CX_SELF(names[size_t(op)]);
    if (!check_one(I, a, names[size_t(op)])) return Value::error();
    if (op != CmpOp::Eq && op != CmpOp::Ne) return I.not_implemented;
    Value other = number_value(a.args[0]);
    bool equal;
    if (ComplexObj* c = complex_obj(I, other)) {
        equal = me->re == c->re && me->im == c->im;
    } else if (other.is_float()) {
        equal = me->im == 0.0 && me->re == other.f;
    } else if (is_int(I, other)) {
        if (me->im != 0.0) {
            equal = false;
        } else {
            int e = eq(I, Value::floating(me->re), other);
            if (e < 0) return Value::error();
            equal = e == 1;
        }
    } else {
        return I.not_implemented;
    }
    return Value::boolean(op == CmpOp::Eq ? equal : !equal);
}

// as complex_hash: hash(re) + 1000003 * hash(im) (sys.hash_info.imag), -1 kept for errors
Value cx_hash(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__hash__");
    uint64_t h = uint64_t(float_hash(me->re)) + 1000003u * uint64_t(float_hash(me->im));
    int64_t r = int64_t(h);
    return Value::integer(r == -1 ? -2 : r);
}

// as _Py_c_abs: an infinite part wins over a NaN; a finite number too large overflows
Value cx_abs(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__abs__");
    if (!std::isfinite(me->re) || !std::isfinite(me->im)) {
        if (std::isinf(me->re)) return Value::floating(std::fabs(me->re));
        if (std::isinf(me->im)) return Value::floating(std::fabs(me->im));
        return Value::floating(NAN);
    }
    double r = std::hypot(me->re, me->im);
    if (!std::isfinite(r)) return raise(I, I.t.OverflowError, "absolute value too large");
    return Value::floating(r);
}

Value cx_bool(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__bool__");
    return Value::boolean(me->re != 0.0 || me->im != 0.0);
}
Value cx_neg(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__neg__");
    return make(I, {-me->re, -me->im});
}
Value cx_pos(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__pos__");
    return make(I, {me->re, me->im});
}
Value cx_conjugate(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("conjugate");
    if (!check_none(I, a, "complex.conjugate")) return Value::error();
    return make(I, {me->re, -me->im});
}
Value cx_complex(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__complex__");
    if (is_kind(self, Kind::Native)) return self;
    return make(I, {me->re, me->im});
}
Value cx_getnewargs(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("__getnewargs__");
    return new_tuple(I, {Value::floating(me->re), Value::floating(me->im)});
}
Value cx_real(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("real");
    return Value::floating(me->re);
}
Value cx_imag(Interp& I, Value self, const CallArgs& a) {
    CX_SELF("imag");
    return Value::floating(me->im);
}

Value cx_readonly(Interp& I, Value, const CallArgs&) {
    return raise(I, I.t.AttributeError, "readonly attribute");
}

// real / imag: read-only members (assigning says "readonly attribute", as a T_DOUBLE member)
void cx_property(Interp& I, TypeObj* t, const char* name, NativeFn getter) {
    Value g = new_native_function(I, name, getter);
    Value s = new_native_function(I, name, cx_readonly);
    dict_set_str(I, t->dict, I.intern(name),
                 Value::object(I.alloc<PropertyObj>(I.t.property, g, s, s)));
}

} // namespace

Value new_complex(Interp& I, double re, double im) {
    return Value::object(I.alloc<ComplexObj>(I.t.complex_, re, im));
}

bool complex_parts(Interp& I, Value v, double* re, double* im) {
    ComplexObj* c = complex_obj(I, v);
    if (!c) return false;
    *re = c->re;
    *im = c->im;
    return true;
}

Value complex_pow_of_floats(Interp& I, double x, double y) {
    return power(I, {x, 0.0}, {y, 0.0});
}

void init_complex(Interp& I) {
    TypeObj* t = new_builtin_type(I, "complex", I.t.object, Kind::Native);
    I.t.complex_ = t;
    t->new_fn = complex_new;
    dict_set_str(I, I.builtins, t->name, Value::object(t));
    add_method(I, t, "__repr__", cx_repr_m);
    add_method(I, t, "__format__", cx_format_m);
    add_method(I, t, "__hash__", cx_hash);
    add_method(I, t, "__abs__", cx_abs);
    add_method(I, t, "__bool__", cx_bool);
    add_method(I, t, "__neg__", cx_neg);
    add_method(I, t, "__pos__", cx_pos);
    add_method(I, t, "__complex__", cx_complex);
    add_method(I, t, "__getnewargs__", cx_getnewargs);
    add_method(I, t, "conjugate", cx_conjugate);
    add_method(I, t, "__add__", cx_binop_native<BinOp::Add, false>);
    add_method(I, t, "__radd__", cx_binop_native<BinOp::Add, true>);
    add_method(I, t, "__sub__", cx_binop_native<BinOp::Sub, false>);
    add_method(I, t, "__rsub__", cx_binop_native<BinOp::Sub, true>);
    add_method(I, t, "__mul__", cx_binop_native<BinOp::Mul, false>);
    add_method(I, t, "__rmul__", cx_binop_native<BinOp::Mul, true>);
    add_method(I, t, "__truediv__", cx_binop_native<BinOp::TrueDiv, false>);
    add_method(I, t, "__rtruediv__", cx_binop_native<BinOp::TrueDiv, true>);
    add_method(I, t, "__pow__", cx_binop_native<BinOp::Pow, false>);
    add_method(I, t, "__rpow__", cx_binop_native<BinOp::Pow, true>);
    add_method(I, t, "__eq__", cx_cmp<CmpOp::Eq>);
    add_method(I, t, "__ne__", cx_cmp<CmpOp::Ne>);
    add_method(I, t, "__lt__", cx_cmp<CmpOp::Lt>);
    add_method(I, t, "__le__", cx_cmp<CmpOp::Le>);
    add_method(I, t, "__gt__", cx_cmp<CmpOp::Gt>);
    add_method(I, t, "__ge__", cx_cmp<CmpOp::Ge>);
    cx_property(I, t, "real", cx_real);
    cx_property(I, t, "imag", cx_imag);
}

} // namespace loopscope
