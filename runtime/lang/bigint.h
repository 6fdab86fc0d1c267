// bigint.h - arbitrary-precision integers with Python's semantics.
//
// BigInt is the slow path of Python's `int`: the VM keeps small ints inline as int64_t, uses the
// checked_* helpers below, and only builds a BigInt when an operation overflows. Every operation
// that Python can fail (division by zero, int too large for float, int() of bad text) returns a
// NumResult carrying CPython's exception type and message instead of throwing.
//
// Sections: [ERRORS] NumError / NumResult, [INT64] checked int64 helpers, [BIGINT] the class.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope {

// [ERRORS] ---------------------------------------------------------------------------------------

// The Python exception a numeric operation raises.
enum class NumErrorKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    TypeError,
    IndexError,
    MemoryError,
};

// A Python exception as data: its type and CPython's message.
struct NumError {
    NumErrorKind kind = NumErrorKind::ValueError; // which exception class
    std::string message;                          // str(exception), worded as CPython's
};

// Either a value or a NumError (errors are values: no C++ exceptions).
template <class T>
class NumResult {
public:
    NumResult(T value) : value_(std::move(value)), ok_(true) {}
    NumResult(NumError error) : error_(std::move(error)), ok_(false) {}
    bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    const T& value() const& { return value_; }
    T&& value() && { return std::move(value_); }
    const NumError& error() const { return error_; }

private:
    T value_{};       // valid when ok_
    NumError error_;  // valid when !ok_
    bool ok_ = false; // which of the two holds
};

inline NumError num_error(NumErrorKind kind, std::string message) {
    return NumError{kind, std::move(message)};
}

// [INT64] ----------------------------------------------------------------------------------------
// Fast paths for the VM's inline small ints. Each returns false when the result does not fit in
// int64 (the caller then redoes the operation with BigInt). Division by zero is the caller's job.

inline bool checked_add(int64_t a, int64_t b, int64_t* out) {
    return !__builtin_add_overflow(a, b, out);
}
inline bool checked_sub(int64_t a, int64_t b, int64_t* out) {
    return !__builtin_sub_overflow(a, b, out);
}
inline bool checked_mul(int64_t a, int64_t b, int64_t* out) {
    return !__builtin_mul_overflow(a, b, out);
}
inline bool checked_neg(int64_t a, int64_t* out) {
    return !__builtin_sub_overflow(0, a, out);
}
// Python's a // b (floor). b != 0. Fails only for INT64_MIN // -1.
bool checked_floordiv(int64_t a, int64_t b, int64_t* out);
// Python's a % b (sign of b). b != 0. Never fails.
int64_t py_mod(int64_t a, int64_t b);
// a ** e for e >= 0; false on overflow.
bool checked_pow(int64_t a, int64_t e, int64_t* out);
// a << n for 0 <= n; false on overflow.
bool checked_shl(int64_t a, int64_t n, int64_t* out);
// a >> n for n >= 0 (arithmetic: floors like Python).
inline int64_t py_shr(int64_t a, int64_t n) {
    return n >= 63 ? (a < 0 ? -1 : 0) : (a >> n);
}
// hash(int) for a small int, as CPython (modulus 2**61 - 1, hash(-1) == -2).
int64_t int64_hash(int64_t v);
// a / b for small ints, correctly rounded as CPython's int / int ("division by zero").
NumResult<double> int64_true_divide(int64_t a, int64_t b);
// Exact comparison of a small int with a float: -1, 0, 1, or 2 when y is nan.
int int64_compare_with_double(int64_t a, double y);

// [BIGINT] ---------------------------------------------------------------------------------------

// CPython 3.11's default sys.get_int_max_str_digits().
constexpr size_t kIntMaxStrDigits = 4300;

class BigInt {
public:
    BigInt() = default; // zero
    BigInt(int64_t v);  // implicit: BigInt arithmetic reads like int arithmetic
    static BigInt from_uint64(uint64_t v);
    // int(x) for a float: truncates toward zero; inf and nan are errors as in CPython.
    static NumResult<BigInt> from_double(double x);
    // m * 2**exp exactly (m may be negative), for float <-> int conversions.
    static BigInt from_scaled(int64_t m, int64_t exp);
    // int(text, base) with base 0 or 2..36: whitespace, sign, prefixes and underscores as CPython.
    static NumResult<BigInt> parse(std::string_view text, int base = 10);

    // str(self); fails beyond kIntMaxStrDigits digits as CPython 3.11 does.
    NumResult<std::string> to_string() const;
    // Base-10 text with no digit limit (for debugging and tests).
    std::string to_string_unlimited() const;
    // Digits of abs(self) in base 2, 8, 10 or 16, lowercase, no sign or prefix.
    std::string magnitude_digits(int base) const;
    // bin()/oct()/hex(): "-0x1f" style (base 2, 8 or 16).
    std::string to_prefixed(int base) const;

    bool is_zero() const { return mag_.empty(); }
    bool is_negative() const { return neg_; }
    int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
    bool is_odd() const { return !mag_.empty() && (mag_[0] & 1u); }
    bool fits_int64() const;
    int64_t to_int64() const; // only when fits_int64(); otherwise wraps
    // float(self), correctly rounded; "int too large to convert to float" beyond DBL_MAX.
    NumResult<double> to_double() const;
    uint64_t bit_length() const;
    // hash(self) as CPython.
    int64_t hash() const;

    friend int compare(const BigInt& a, const BigInt& b); // -1, 0, 1
    friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }
    friend bool operator!=(const BigInt& a, const BigInt& b) { return compare(a, b) != 0; }
    friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
    friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
    friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
    friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a);
    // a * b for the VM: a MemoryError beyond 2**28 bits, like pow and <<, so that repeated
    // squaring in a script cannot exhaust the wasm heap.
    friend NumResult<BigInt> multiply(const BigInt& a, const BigInt& b);
    BigInt abs() const;

    // Python's divmod with floor semantics: "integer division or modulo by zero".
    friend NumResult<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b);
    // a // b: "integer division or modulo by zero".
    friend NumResult<BigInt> floordiv(const BigInt& a, const BigInt& b);
    // a % b: "integer modulo by zero".
    friend NumResult<BigInt> mod(const BigInt& a, const BigInt& b);
    // a / b, correctly rounded as CPython's long_true_divide.
    friend NumResult<double> true_divide(const BigInt& a, const BigInt& b);
    // a ** e for e >= 0 (negative e is the caller's float path). Results beyond 2**28 bits are
    // a MemoryError (the playground's memory guard; CPython would try and likely run out).
    friend NumResult<BigInt> pow(const BigInt& a, uint64_t e);
    // pow(a, e, m) including negative e (modular inverse) as CPython 3.8+.
    friend NumResult<BigInt> pow_mod(const BigInt& a, const BigInt& e, const BigInt& m);

    // round(a, ndigits) for an int, as CPython's long_round: a itself for ndigits >= 0, else
    // the nearest multiple of 10**-ndigits, ties to even.
    friend BigInt round_int(const BigInt& a, int64_t ndigits);

    // Bitwise operators on Python's infinite two's complement.
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);
    friend BigInt operator~(const BigInt& a);
    // a << n / a >> n; negative n is "negative shift count"; a << n beyond 2**28 bits is a
    // MemoryError, as for pow.
    friend NumResult<BigInt> shift_left(const BigInt& a, int64_t n);
    friend NumResult<BigInt> shift_right(const BigInt& a, int64_t n);

    // Exact comparison of an int with a float, as CPython's float_richcompare: -1, 0, 1, or 2
    // when y is nan (unordered).
    friend int compare_with_double(const BigInt& a, double y);

    // Raw access for the sibling numeric modules (little-endian 32-bit limbs of abs(self)).
    const std::vector<uint32_t>& limbs() const { return mag_; }
    static BigInt from_limbs(std::vector<uint32_t> mag, bool negative);

private:
    void trim();
    std::vector<uint32_t> mag_; // abs(value), little-endian limbs, no high zero limbs
    bool neg_ = false;          // true only for values < 0 (zero is never negative)
};

// The work of arithmetic on huge ints, in limb operations (about a nanosecond each), estimated
// before it is done so that the interpreter can charge it to the tick budget: a * b (schoolbook
// or Karatsuba as mul_mag chooses), a // b and a % b (Knuth's algorithm D), a ** e (repeated
// squaring) and pow(a, e, m).
uint64_t mul_work(size_t na, size_t nb);
uint64_t div_work(size_t na, size_t nb);
uint64_t pow_work(const BigInt& a, uint64_t e);
uint64_t pow_mod_work(const BigInt& e, const BigInt& m);

// As CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, used by int() and float() on text:
// Unicode decimal digits become ASCII digits, Unicode whitespace becomes ' ', any other
// non-ASCII code point becomes '?' (so that it fails to parse).
std::string py_numeric_ascii(std::string_view utf8);

// repr(s) of a Python str given as UTF-8, as used in CPython's error messages
// (quote choice and escapes of \t \n \r \\ and non-printable ASCII as CPython).
std::string py_str_repr(std::string_view utf8);

} // namespace loopscope
