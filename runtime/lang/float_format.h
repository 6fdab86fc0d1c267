// float_format.h - Python's float: repr, float(str), hash, round, //, %, divmod and **.
//
// Digits are generated with exact integer arithmetic (no printf, no floating-point
// std::to_chars), so native and Emscripten builds print the same text; strtod is used only for
// decimal input beyond the exact fast path.
#pragma once

#include "lang/bigint.h"

#include <string>
#include <string_view>
#include <utility>

namespace loopscope {

// Decimal digits of a finite double: value = 0.DIGITS * 10**decpt, as dtoa returns them
// (no trailing zeros; "0" with decpt 1 for zero; empty when a fixed-point rounding gives 0).
struct DecimalDigits {
    std::string digits; // significant digits, ASCII
    int decpt = 0;      // position of the decimal point relative to the first digit
    bool negative = false;
};

// The shortest digits that round-trip (dtoa mode 0, what repr uses).
DecimalDigits shortest_digits(double x);
// Correctly rounded to `ndigits` significant digits (dtoa mode 2), ndigits >= 1.
DecimalDigits significant_digits(double x, int ndigits);
// Correctly rounded to `ndigits` digits after the point (dtoa mode 3), ndigits >= 0.
DecimalDigits fixed_digits(double x, int ndigits);

// Options of CPython's PyOS_double_to_string (its Py_DTSF_* flags).
struct DoubleToStringFlags {
    bool add_dot_0 = false; // "1.0" rather than "1" for integral values (repr, format "")
    bool alt = false;       // '#': keep the point and trailing zeros
    bool no_neg_0 = false;  // 'z': "-0.00" becomes "0.00"
    bool upper = false;     // 'E' 'F' 'G': "1E+16", "INF", "NAN"
};

// As CPython's PyOS_double_to_string: code is 'e', 'f', 'g' or 'r' (repr; precision ignored).
// A leading '-' is included for negative values; no '+' is ever added.
std::string double_to_string(double x, char code, int precision, DoubleToStringFlags flags);

// repr(x) and str(x): "0.1", "1e+16", "1e-05", "inf", "nan", "-0.0".
std::string float_repr(double x);

// float(text) as CPython: whitespace, underscores between digits, inf/infinity/nan in any case.
// Error: "could not convert string to float: 'abc'".
NumResult<double> parse_float(std::string_view text);

// hash(x) as CPython's _Py_HashDouble (equal to hash(int(x)) for integral x). NaN hashes by
// identity in CPython; here it returns 0 and the caller decides.
int64_t float_hash(double x);

// round(x, ndigits): correctly rounded half-even on the exact binary value, as CPython.
// OverflowError "rounded value too large to represent" when rounding overflows.
NumResult<double> round_float(double x, int64_t ndigits);
// round(x): nearest integer, half-even; inf / nan raise as int(x) does.
NumResult<BigInt> round_float_to_int(double x);

// Python's x / y, x // y, x % y, divmod(x, y), x ** y for floats (CPython's float_* rules and
// messages, e.g. "float division by zero", "0.0 cannot be raised to a negative power").
NumResult<double> float_truediv(double x, double y);
NumResult<double> float_floordiv(double x, double y);
NumResult<double> float_mod(double x, double y);
NumResult<std::pair<double, double>> float_divmod(double x, double y);
// A negative base with a non-integral exponent gives a complex number: the operator hands that
// case to complex (ops_arith.cpp's float_binop); here it is a ValueError "complex result not
// supported".
NumResult<double> float_pow(double x, double y);

bool float_is_integer(double x);
// x.as_integer_ratio(): the exact fraction in lowest terms.
NumResult<std::pair<BigInt, BigInt>> float_as_integer_ratio(double x);

} // namespace loopscope
