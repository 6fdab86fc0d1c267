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

#define MATH_FLOAT_FN(NAME, EXPR, DOMAIN)                                                          \
    static Value math_##NAME(Interp& I, Value, const CallArgs& a) {                                \
        double x;                                                                                  \
        if (!arg_double(I, a, #NAME, &x)) return Value::error();                                   \
        if (!(DOMAIN)) return raise_value_error(I, "math domain error");                           \
        return Value::floating(EXPR);                                                              \
    }

MATH_FLOAT_FN(sqrt, std::sqrt(x), x >= 0 || std::isnan(x))
MATH_FLOAT_FN(exp, std::exp(x), true)
MATH_FLOAT_FN(log10, std::log10(x), x > 0 || std::isnan(x))
MATH_FLOAT_FN(log2, std::log2(x), x > 0 || std::isnan(x))
MATH_FLOAT_FN(sin, std::sin(x), true)
MATH_FLOAT_FN(cos, std::cos(x), true)
MATH_FLOAT_FN(tan, std::tan(x), true)
MATH_FLOAT_FN(fabs, std::fabs(x), true)
MATH_FLOAT_FN(asin, std::asin(x), (x >= -1 && x <= 1) || std::isnan(x))
MATH_FLOAT_FN(acos, std::acos(x), (x >= -1 && x <= 1) || std::isnan(x))
MATH_FLOAT_FN(atan, std::atan(x), true)
MATH_FLOAT_FN(sinh, std::sinh(x), true)
MATH_FLOAT_FN(cosh, std::cosh(x), true)
MATH_FLOAT_FN(tanh, std::tanh(x), true)
MATH_FLOAT_FN(asinh, std::asinh(x), true)
MATH_FLOAT_FN(acosh, std::acosh(x), x >= 1 || std::isnan(x))
MATH_FLOAT_FN(atanh, std::atanh(x), (x > -1 && x < 1) || std::isnan(x))
MATH_FLOAT_FN(expm1, std::expm1(x), true)
MATH_FLOAT_FN(log1p, std::log1p(x), x > -1 || std::isnan(x))
MATH_FLOAT_FN(erf, std::erf(x), true)
MATH_FLOAT_FN(erfc, std::erfc(x), true)
MATH_FLOAT_FN(cbrt, std::cbrt(x), true)
MATH_FLOAT_FN(exp2, std::exp2(x), true)
MATH_FLOAT_FN(gamma, std::tgamma(x), !(x <= 0 && x == std::floor(x)) && x != -INFINITY)
MATH_FLOAT_FN(lgamma, std::lgamma(x), !(x <= 0 && x == std::floor(x)) || std::isinf(x))

// the two-float functions: (x, y) -> float
static bool args_double2(Interp& I, const CallArgs& a, const char* name, double* x, double* y) {
    return check_nargs(I, a, name, 2, 2) && to_double(I, a.args[0], x) &&
           to_double(I, a.args[1], y);
}

#define MATH_FLOAT_FN2(NAME, EXPR, DOMAIN)                                                         \
    static Value math_##NAME(Interp& I, Value, const CallArgs& a) {                                \
        double x, y;                                                                               \
        if (!args_double2(I, a, #NAME, &x, &y)) return Value::error();                             \
        if (!(DOMAIN)) return raise_value_error(I, "math domain error");                           \
        return Value::floating(EXPR);                                                              \
    }

MATH_FLOAT_FN2(atan2, std::atan2(x, y), true)
MATH_FLOAT_FN2(copysign, std::copysign(x, y), true)
MATH_FLOAT_FN2(fmod, std::fmod(x, y), !(y == 0 && !std::isnan(x)) && !std::isinf(x))
MATH_FLOAT_FN2(remainder, std::remainder(x, y), !(y == 0 && !std::isnan(x)) && !std::isinf(x))
MATH_FLOAT_FN2(nextafter, std::nextafter(x, y), true)

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

static Value math_log(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "log", 1, 2)) return Value::error();
    double x, b = 0;
    if (!to_double(I, a.args[0], &x)) return Value::error();
    if (a.nargs == 2 && !to_double(I, a.args[1], &b)) return Value::error();
    if (x <= 0 || (a.nargs == 2 && b <= 0)) return raise_value_error(I, "math domain error");
    double r = std::log(x);
    if (a.nargs == 2) r /= std::log(b);
    return Value::floating(r);
}

static Value math_floor(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "floor", 1, 1)) return Value::error();
    Value n = number_value(a.args[0]);
    if (is_int(I, n)) return n.is_bool() ? Value::integer(n.b) : n;
    double x;
    if (!to_double(I, a.args[0], &x)) return Value::error();
    return int_from_double(I, std::floor(x));
}

static Value math_ceil(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "ceil", 1, 1)) return Value::error();
    Value n = number_value(a.args[0]);
    if (is_int(I, n)) return n.is_bool() ? Value::integer(n.b) : n;
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

static Value math_pow(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "pow", 2, 2)) return Value::error();
    double x, y;
    if (!to_double(I, a.args[0], &x) || !to_double(I, a.args[1], &y)) return Value::error();
    return Value::floating(std::pow(x, y));
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
