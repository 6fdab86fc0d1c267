// math_module.cpp - the `math` module: its constants and the common functions lesson
// scripts reach for.
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

#include <cmath>

namespace loopscope {

static bool arg_double(Interp& I, const CallArgs& a, const char* name, double* x) {
    if (!check_nargs(I, a, name, 1, 1)) return false;
    if (!a.args[0].is_float() && !is_int(I, a.args[0])) {
        raise_type_error(I, "must be real number, not " + type_name(I, a.args[0]));
        return false;
    }
    return to_double(I, a.args[0], x);
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
    if (is_int(I, a.args[0])) return a.args[0].is_bool() ? Value::integer(a.args[0].b) : a.args[0];
    double x;
    if (!to_double(I, a.args[0], &x)) return Value::error();
    return int_from_double(I, std::floor(x));
}

static Value math_ceil(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "ceil", 1, 1)) return Value::error();
    if (is_int(I, a.args[0])) return a.args[0].is_bool() ? Value::integer(a.args[0].b) : a.args[0];
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

static Value math_hypot(Interp& I, Value, const CallArgs& a) {
    double acc = 0;
    for (int i = 0; i < a.nargs; ++i) {
        double x;
        if (!to_double(I, a.args[i], &x)) return Value::error();
        acc = std::hypot(acc, x);
    }
    return Value::floating(acc);
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
    set_fn(I, d, "hypot", math_hypot);
    return Value::object(I.alloc<ModuleObj>(I.t.module, I.intern("math"), d));
}

} // namespace loopscope
