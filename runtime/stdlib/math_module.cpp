// math_module.cpp - the `math` module: its constants and the common functions lesson
// scripts reach for.
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"
#include "stdlib/python_source.h"

#include <cmath>

namespace loopscope {

// (to_double raises "must be real number, not X" for the rest, as CPython's math)
static bool arg_double(Interp& I, const CallArgs& a, const char* name, double* x) {
    return check_nargs(I, a, name, 1, 1) && to_double(I, a.args[0], x);
}

static Value domain_error(Interp& I) {
    return raise_value_error(I, "math domain error");
}

static Value range_error(Interp& I) {
    return raise(I, I.t.OverflowError, "math range error");
}

// As mathmodule's math_1: a nan from a number is a domain error; an infinity from a finite
// number is a range error where the function can overflow (exp) and a domain error where it
// has a pole (atanh(1), log(0)).
static Value float_result(Interp& I, double x, double r, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) return domain_error(I);
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(I) : domain_error(I);
    return Value::floating(r);
}

#define MATH_FLOAT_FN(NAME, EXPR, CAN_OVERFLOW)                                                    \
    static Value math_##NAME(Interp& I, Value, const CallArgs& a) {                                \
        double x;                                                                                  \
        if (!arg_double(I, a, #NAME, &x)) return Value::error();                                   \
        return float_result(I, x, EXPR, CAN_OVERFLOW);                                             \
    }

MATH_FLOAT_FN(sqrt, std::sqrt(x), false)
MATH_FLOAT_FN(exp, std::exp(x), true)
MATH_FLOAT_FN(sin, std::sin(x), false)
MATH_FLOAT_FN(cos, std::cos(x), false)
MATH_FLOAT_FN(tan, std::tan(x), false)
MATH_FLOAT_FN(fabs, std::fabs(x), false)
MATH_FLOAT_FN(asin, std::asin(x), false)
MATH_FLOAT_FN(acos, std::acos(x), false)
MATH_FLOAT_FN(atan, std::atan(x), false)
MATH_FLOAT_FN(sinh, std::sinh(x), true)
MATH_FLOAT_FN(cosh, std::cosh(x), true)
MATH_FLOAT_FN(tanh, std::tanh(x), false)
MATH_FLOAT_FN(asinh, std::asinh(x), false)
MATH_FLOAT_FN(acosh, std::acosh(x), false)
MATH_FLOAT_FN(atanh, std::atanh(x), false)
MATH_FLOAT_FN(expm1, std::expm1(x), true)
MATH_FLOAT_FN(log1p, std::log1p(x), false)
MATH_FLOAT_FN(erf, std::erf(x), false)
MATH_FLOAT_FN(erfc, std::erfc(x), false)
MATH_FLOAT_FN(cbrt, std::cbrt(x), false)
MATH_FLOAT_FN(exp2, std::exp2(x), true)

// ---- gamma and lgamma --------------------------------------------------------------------------
// CPython computes these itself (Lanczos' approximation with g = 6.0246..., 13 terms, as
// mathmodule's m_tgamma and m_lgamma) rather than with libm, whose last digits differ: the same
// steps in the same order give the same doubles.

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr int kLanczosN = 13;
constexpr double kLanczosNum[kLanczosN] = {23531376880.410759688572007674451636754734846804940,
                                           42919803642.649098768957899047001988850926355848959,
                                           35711959237.355668049440185451547166705960488635843,
                                           17921034426.037209699919755754458931112671403265390,
                                           6039542586.3520280050642916443072979210699388420708,
                                           1439720407.3117216736632230727949123939715485786772,
                                           248874557.86205415651146038641322942321632125127801,
                                           31426415.585400194380614231628318205362874684987640,
                                           2876370.6289353724412254090516208496135991145378768,
                                           186056.26539522349504029498971604569928220784236328,
                                           8071.6720023658162106380029022722506138218516325024,
                                           210.82427775157934587250973392071336271166969580291,
                                           2.5066282746310002701649081771338373386264310793408};
// the denominator's coefficients: x (x+1) ... (x+11) expanded
constexpr double kLanczosDen[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
// (n-1)! for n = 1..23, exact in a double
constexpr int kExactFactorials = 23;
constexpr double kFactorials[kExactFactorials] = {1.0,
                                                  1.0,
                                                  2.0,
                                                  6.0,
                                                  24.0,
                                                  120.0,
                                                  720.0,
                                                  5040.0,
                                                  40320.0,
                                                  362880.0,
                                                  3628800.0,
                                                  39916800.0,
                                                  479001600.0,
                                                  6227020800.0,
                                                  87178291200.0,
                                                  1307674368000.0,
                                                  20922789888000.0,
                                                  355687428096000.0,
                                                  6402373705728000.0,
                                                  121645100408832000.0,
                                                  2432902008176640000.0,
                                                  51090942171709440000.0,
                                                  1124000727777607680000.0};

// the rational part of the approximation, for x > 0: Horner's rule in x below 5, in 1/x above
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosN - 1; i >= 0; --i) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < kLanczosN; ++i) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

// sin(pi * x) for finite x, reduced first so that integers give exact zeros (as m_sinpi)
static double sin_pi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    double r = 0;
    switch (int(std::round(2.0 * y))) {
        case 0: r = std::sin(kPi * y); break;
        case 1: r = std::cos(kPi * (y - 0.5)); break;
        case 2: r = std::sin(kPi * (1.0 - y)); break;
        case 3: r = -std::cos(kPi * (y - 1.5)); break;
        default: r = std::sin(kPi * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

// Gamma for finite x that is not a pole; an overflow comes back as an infinity.
static double lanczos_gamma(double x) {
    if (x == std::floor(x) && x <= kExactFactorials) return kFactorials[int(x) - 1];
    double absx = std::fabs(x);
    if (absx < 1e-20) return 1.0 / x;
    if (absx > 200.0) return x < 0.0 ? 0.0 / sin_pi(x) : INFINITY;
    double y = absx + kLanczosGMinusHalf;
    // the rounding error of y, recovered in this order (which an optimizer must not fold)
    double z = absx > kLanczosGMinusHalf ? (y - absx) - kLanczosGMinusHalf
                                         : (y - kLanczosGMinusHalf) - absx;
    z = z * kLanczosG / y;
    double r;
    if (x < 0.0) {
        r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else {
            double half = std::pow(y, absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double half = std::pow(y, absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

// log|Gamma(x)| for finite x that is not a pole (reflection for negative x)
static double lanczos_lgamma(double x) {
    if (x == std::floor(x) && x <= 2.0) return 0.0; // lgamma(1) = lgamma(2) = 0
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    double r = std::log(lanczos_sum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
    return r;
}

// The poles (zero and the negative integers) and -inf are domain errors; what overflows is a
// range error.
static bool gamma_pole(double x) {
    return x == -INFINITY || (x <= 0 && x == std::floor(x));
}

static Value math_gamma(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "gamma", &x)) return Value::error();
    if (gamma_pole(x)) return domain_error(I);
    if (!std::isfinite(x)) return Value::floating(x); // nan, inf
    return float_result(I, x, lanczos_gamma(x), true);
}

static Value math_lgamma(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "lgamma", &x)) return Value::error();
    if (std::isinf(x)) return Value::floating(INFINITY);
    if (gamma_pole(x)) return domain_error(I);
    if (std::isnan(x)) return Value::floating(x);
    return float_result(I, x, lanczos_lgamma(x), true);
}

// As mathmodule's loghelper: a positive int too large for a float is logged as its mantissa
// and exponent (log(m) + e * log(2)), so math.log(10**400) works; other values as math_1.
static Value log_of(Interp& I, Value arg, double (*fn)(double), double* out) {
    Value n = number_value(arg);
    if (n.is_obj() && n.o->kind == Kind::BigInt) {
        const BigInt& big = static_cast<BigIntObj*>(n.o)->v;
        if (big.sign() <= 0) return domain_error(I);
        NumResult<double> d = big.to_double();
        if (d.ok()) {
            *out = fn(d.value());
            return Value::none();
        }
        // the top 55 bits, the lowest one set when any bit below them is (a sticky bit), so
        // that converting to double rounds as _PyLong_Frexp does
        int64_t shift = int64_t(big.bit_length()) - 55;
        BigInt top = shift_right(big, shift).value();
        bool sticky = shift_left(top, shift).value() != big;
        int k = 0;
        double m = std::frexp(double(top.to_int64() | int64_t(sticky)), &k);
        *out = fn(m) + fn(2.0) * double(shift + k);
        return Value::none();
    }
    if (n.is_small_int() && n.as_small_int() <= 0) return domain_error(I);
    double x;
    if (!to_double(I, arg, &x)) return Value::error();
    Value r = float_result(I, x, fn(x), false);
    if (r.is_error()) return r;
    *out = r.f;
    return Value::none();
}

#define MATH_LOG_FN(NAME, FN)                                                                      \
    static Value math_##NAME(Interp& I, Value, const CallArgs& a) {                                \
        if (!check_nargs(I, a, #NAME, 1, 1)) return Value::error();                                \
        double r;                                                                                  \
        Value e = log_of(I, a.args[0], FN, &r);                                                    \
        return e.is_error() ? e : Value::floating(r);                                              \
    }

static double log_e(double x) {
    return std::log(x);
}
static double log_2(double x) {
    return std::log2(x);
}
static double log_10(double x) {
    return std::log10(x);
}
MATH_LOG_FN(log2, log_2)
MATH_LOG_FN(log10, log_10)

// the two-float functions: (x, y) -> float
static bool args_double2(Interp& I, const CallArgs& a, const char* name, double* x, double* y) {
    return check_nargs(I, a, name, 2, 2) && to_double(I, a.args[0], x) &&
           to_double(I, a.args[1], y);
}

// As math_2: a nan from numbers is a domain error (fmod(inf, 1), remainder(1, 0)), an infinity
// from finite numbers a range error; atan2, copysign and nextafter never fail.
#define MATH_FLOAT_FN2(NAME, EXPR, CHECKED)                                                        \
    static Value math_##NAME(Interp& I, Value, const CallArgs& a) {                                \
        double x, y;                                                                               \
        if (!args_double2(I, a, #NAME, &x, &y)) return Value::error();                             \
        double r = EXPR;                                                                           \
        if (CHECKED && std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(I);  \
        if (CHECKED && std::isinf(r) && std::isfinite(x) && std::isfinite(y))                      \
            return range_error(I);                                                                 \
        return Value::floating(r);                                                                 \
    }

MATH_FLOAT_FN2(atan2, std::atan2(x, y), false)
MATH_FLOAT_FN2(copysign, std::copysign(x, y), false)
MATH_FLOAT_FN2(fmod, std::fmod(x, y), true)
MATH_FLOAT_FN2(remainder, std::remainder(x, y), true)
MATH_FLOAT_FN2(nextafter, std::nextafter(x, y), false)

// frexp(x) -> (mantissa, exponent)
static Value math_frexp(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "frexp", &x)) return Value::error();
    int e = 0;
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    return new_tuple(I, {Value::floating(m), Value::integer(e)});
}

// modf(x) -> (fractional part, integer part)
static Value math_modf(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "modf", &x)) return Value::error();
    double ip = 0;
    double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
    if (std::isinf(x)) ip = x;
    return new_tuple(I, {Value::floating(fp), Value::floating(ip)});
}

// ldexp(x, i) -> x * 2**i
static Value math_ldexp(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "ldexp", 2, 2)) return Value::error();
    double x;
    if (!to_double(I, a.args[0], &x)) return Value::error();
    if (!is_int(I, number_value(a.args[1])))
        return raise_type_error(I, "Expected an int as second argument to ldexp.");
    double e;
    if (!to_double(I, a.args[1], &e)) return Value::error();
    double r = std::ldexp(x, e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e);
    if (std::isinf(r) && std::isfinite(x)) return raise(I, I.t.OverflowError, "math range error");
    return Value::floating(r);
}

// log(x[, base]): the two logs divided, a base of 1 dividing by zero
static Value math_log(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "log", 1, 2)) return Value::error();
    double num, den = 1;
    Value e = log_of(I, a.args[0], log_e, &num);
    if (!e.is_error() && a.nargs == 2) e = log_of(I, a.args[1], log_e, &den);
    if (e.is_error()) return e;
    if (a.nargs == 1) return Value::floating(num);
    if (den == 0) return raise(I, I.t.ZeroDivisionError, "float division by zero");
    return Value::floating(num / den);
}

static Value math_floor(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "floor", 1, 1)) return Value::error();
    Value n = number_value(a.args[0]);
    if (is_int(I, n)) return n.is_bool() ? Value::integer(n.b) : n;
    if (!a.args[0].is_float()) { // as CPython: the type's __floor__ first (Fraction's)
        Value r = call_special(I, a.args[0], I.intern("__floor__"), std::span<const Value>());
        if (!r.is_undef()) return r;
    }
    double x;
    if (!to_double(I, a.args[0], &x)) return Value::error();
    return int_from_double(I, std::floor(x));
}

static Value math_ceil(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "ceil", 1, 1)) return Value::error();
    Value n = number_value(a.args[0]);
    if (is_int(I, n)) return n.is_bool() ? Value::integer(n.b) : n;
    if (!a.args[0].is_float()) { // as CPython: the type's __ceil__ first (Fraction's)
        Value r = call_special(I, a.args[0], I.intern("__ceil__"), std::span<const Value>());
        if (!r.is_undef()) return r;
    }
    double x;
    if (!to_double(I, a.args[0], &x)) return Value::error();
    return int_from_double(I, std::ceil(x));
}

static Value math_isinf(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "isinf", &x)) return Value::error();
    return Value::boolean(std::isinf(x));
}
static Value math_isnan(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "isnan", &x)) return Value::error();
    return Value::boolean(std::isnan(x));
}
static Value math_isfinite(Interp& I, Value, const CallArgs& a) {
    double x;
    if (!arg_double(I, a, "isfinite", &x)) return Value::error();
    return Value::boolean(std::isfinite(x));
}

// As math_pow_impl: C99's special values for nan and infinities (pow(nan, 0) is 1, pow(-inf,
// 3) is -inf), and for finite arguments a nan is a domain error (a negative number to a
// fractional power), an infinity from zero a domain error and any other a range error.
static Value math_pow(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "pow", 2, 2)) return Value::error();
    double x, y;
    if (!to_double(I, a.args[0], &x) || !to_double(I, a.args[1], &y)) return Value::error();
    if (std::isfinite(x) && std::isfinite(y)) {
        double r = std::pow(x, y);
        if (std::isnan(r)) return domain_error(I);
        if (std::isinf(r)) return x == 0 ? domain_error(I) : range_error(I);
        return Value::floating(r);
    }
    if (std::isnan(x)) return Value::floating(y == 0 ? 1.0 : x);
    if (std::isnan(y)) return Value::floating(x == 1 ? 1.0 : y);
    if (std::isinf(x)) {
        bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
        if (y > 0) return Value::floating(odd_y ? x : std::fabs(x));
        if (y == 0) return Value::floating(1.0);
        return Value::floating(odd_y ? std::copysign(0.0, x) : 0.0);
    }
    // y is infinite, x finite
    if (std::fabs(x) == 1) return Value::floating(1.0);
    if (y > 0 && std::fabs(x) > 1) return Value::floating(y);
    if (y < 0 && std::fabs(x) < 1) return Value::floating(-y);
    return Value::floating(0.0);
}

Value make_math_module(Interp& I) {
    DictObj* d = new_dict(I);
    dict_set_str(I, d, I.n.__name__, I.str("math"));
    dict_set_str(I, d, I.intern("pi"), Value::floating(M_PI));
    dict_set_str(I, d, I.intern("e"), Value::floating(M_E));
    dict_set_str(I, d, I.intern("tau"), Value::floating(2 * M_PI));
    dict_set_str(I, d, I.intern("inf"), Value::floating(INFINITY));
    dict_set_str(I, d, I.intern("nan"), Value::floating(NAN));
    set_fn(I, d, "sqrt", math_sqrt);
    set_fn(I, d, "exp", math_exp);
    set_fn(I, d, "log", math_log);
    set_fn(I, d, "log10", math_log10);
    set_fn(I, d, "log2", math_log2);
    set_fn(I, d, "sin", math_sin);
    set_fn(I, d, "cos", math_cos);
    set_fn(I, d, "tan", math_tan);
    set_fn(I, d, "fabs", math_fabs);
    set_fn(I, d, "floor", math_floor);
    set_fn(I, d, "ceil", math_ceil);
    set_fn(I, d, "isinf", math_isinf);
    set_fn(I, d, "isnan", math_isnan);
    set_fn(I, d, "isfinite", math_isfinite);
    set_fn(I, d, "pow", math_pow);
    set_fn(I, d, "asin", math_asin);
    set_fn(I, d, "acos", math_acos);
    set_fn(I, d, "atan", math_atan);
    set_fn(I, d, "sinh", math_sinh);
    set_fn(I, d, "cosh", math_cosh);
    set_fn(I, d, "tanh", math_tanh);
    set_fn(I, d, "asinh", math_asinh);
    set_fn(I, d, "acosh", math_acosh);
    set_fn(I, d, "atanh", math_atanh);
    set_fn(I, d, "expm1", math_expm1);
    set_fn(I, d, "log1p", math_log1p);
    set_fn(I, d, "erf", math_erf);
    set_fn(I, d, "erfc", math_erfc);
    set_fn(I, d, "cbrt", math_cbrt);
    set_fn(I, d, "exp2", math_exp2);
    set_fn(I, d, "gamma", math_gamma);
    set_fn(I, d, "lgamma", math_lgamma);
    set_fn(I, d, "atan2", math_atan2);
    set_fn(I, d, "copysign", math_copysign);
    set_fn(I, d, "fmod", math_fmod);
    set_fn(I, d, "remainder", math_remainder);
    set_fn(I, d, "nextafter", math_nextafter);
    set_fn(I, d, "frexp", math_frexp);
    set_fn(I, d, "modf", math_modf);
    set_fn(I, d, "ldexp", math_ldexp);
    Value m = Value::object(I.alloc<ModuleObj>(I.t.module, I.intern("math"), d));
    // the integer and summing functions are Python (runtime/stdlib/py/math.py), run here
    const PythonSource* py = find_python_source(stdlib_python_sources(), "math");
    if (!py || !run_python_source(I, *py, d)) return Value::error();
    return m;
}

} // namespace loopscope
