// float_format.cpp - see float_format.h. Digit generation uses the C library's correctly rounded
// printf/strtod; the layout of those digits mirrors CPython's Python/pystrtod.c
// (format_float_short) and the arithmetic mirrors Objects/floatobject.c.
#include "lang/float_format.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace loopscope {

namespace {

// Splits printf's "%.*e" output ("d.ddde+XX") into digits (trailing zeros removed) and decpt.
DecimalDigits split_exponent_form(const char* buf, bool negative) {
    DecimalDigits out;
    out.negative = negative;
    const char* p = buf;
    for (; *p && *p != 'e'; ++p) {
        if (*p != '.') out.digits += *p;
    }
    int exp = *p == 'e' ? std::atoi(p + 1) : 0;
    while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
    out.decpt = exp + 1;
    return out;
}

} // namespace

namespace {

// The double nearest to digits * 10**k. Exact one-operation path (Clinger) when the digits fit
// in 53 bits and 10**|k| is exact; otherwise the C library's strtod.
double decimal_to_double(const std::string& digits, int k) {
    static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (digits.size() <= 18 && k >= -22 && k <= 22) {
        uint64_t d = 0;
        for (char c : digits) d = d * 10 + uint64_t(c - '0');
        if (d < (uint64_t(1) << 53)) return k >= 0 ? double(d) * kPow10[k] : double(d) / kPow10[-k];
    }
    std::string text = digits + "e" + std::to_string(k);
    return std::strtod(text.c_str(), nullptr);
}

// Rounds a digit string to n digits, half-even on the digits alone. Returns false when the
// dropped digits are exactly "50...0": that may be an artifact of the earlier rounding, so the
// caller must ask printf for the n-digit rounding instead.
bool round_digit_string(const std::string& in, size_t n, std::string* out, int* exp_carry) {
    *exp_carry = 0;
    std::string head = in.substr(0, n);
    std::string rest = in.substr(n);
    if (rest.empty()) {
        *out = head;
        return true;
    }
    bool half = rest[0] == '5' && rest.find_first_not_of('0', 1) == std::string::npos;
    if (half) return false;
    if (rest[0] >= '5') {
        size_t i = head.size();
        while (i > 0 && head[i - 1] == '9') head[--i] = '0';
        if (i == 0) {
            head.insert(head.begin(), '1');
            head.pop_back();
            *exp_carry = 1;
        } else {
            ++head[i - 1];
        }
    }
    *out = head;
    return true;
}

// Adds step (+1 or -1) to the last digit of a p-digit string d.ddd * 10**exp, keeping p digits.
void step_last_digit(std::string* digits, int* exp, int step) {
    std::string& d = *digits;
    size_t i = d.size();
    if (step > 0) {
        while (i > 0 && d[i - 1] == '9') d[--i] = '0';
        if (i == 0) {
            d.insert(d.begin(), '1');
            d.pop_back();
            ++*exp;
        } else {
            ++d[i - 1];
        }
    } else {
        while (i > 0 && d[i - 1] == '0') d[--i] = '9';
        if (i > 0) --d[i - 1];
        if (d[0] == '0') { // 1000 - 1 = 0999: renormalize to 9999 one decade down
            d.erase(d.begin());
            d.push_back('9');
            --*exp;
        }
    }
}

} // namespace

DecimalDigits shortest_digits(double x) {
    bool neg = std::signbit(x);
    double ax = std::fabs(x);
    if (ax == 0.0) return DecimalDigits{"0", 1, neg};
    // Any decimal of <= 15 significant digits round-trips (DBL_DIG), so when the shortest has
    // <= 15 digits it is the 15-digit rounding with its trailing zeros dropped; otherwise the
    // nearest 16-digit decimal, else 17 digits (which always round-trip). Subnormals carry fewer
    // bits, so they are searched from one digit up. The shorter roundings are derived from one
    // 17-digit printf (printf is slow under Emscripten), except in ambiguous half cases.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.16e", ax);
    DecimalDigits full = split_exponent_form(buf, neg);
    std::string digits17(buf, 1);
    digits17.append(buf + 2, 16);
    int exp17 = full.decpt - 1;
    for (size_t prec = ax < 2.2250738585072014e-308 ? 1 : 15; prec <= 16; ++prec) {
        std::string cand;
        int carry = 0;
        int exp = exp17;
        if (!round_digit_string(digits17, prec, &cand, &carry)) {
            std::snprintf(buf, sizeof buf, "%.*e", int(prec) - 1, ax);
            DecimalDigits d = split_exponent_form(buf, neg);
            cand = d.digits;
            cand.append(prec - cand.size(), '0');
            exp = d.decpt - 1;
        } else {
            exp += carry;
        }
        if (decimal_to_double(cand, exp - int(prec - 1)) == ax) {
            while (cand.size() > 1 && cand.back() == '0') cand.pop_back();
            return DecimalDigits{cand, exp + 1, neg};
        }
        if (prec == 16) {
            // At a power of two the interval below x is half as wide as the one above, so the
            // nearest 16-digit decimal can miss while its neighbour on the wide side hits.
            for (int step : {1, -1}) {
                std::string other = cand;
                int other_exp = exp;
                step_last_digit(&other, &other_exp, step);
                if (decimal_to_double(other, other_exp - int(prec - 1)) == ax) {
                    while (other.size() > 1 && other.back() == '0') other.pop_back();
                    return DecimalDigits{other, other_exp + 1, neg};
                }
            }
        }
    }
    return full;
}

DecimalDigits significant_digits(double x, int ndigits) {
    bool neg = std::signbit(x);
    double ax = std::fabs(x);
    if (ax == 0.0) return DecimalDigits{"0", 1, neg};
    if (ndigits < 1) ndigits = 1;
    std::string buf(size_t(ndigits) + 32, '\0');
    std::snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, ax);
    return split_exponent_form(buf.c_str(), neg);
}

DecimalDigits fixed_digits(double x, int ndigits) {
    bool neg = std::signbit(x);
    double ax = std::fabs(x);
    if (ax == 0.0) return DecimalDigits{"0", 1, neg};
    std::string buf(size_t(ndigits) + 330, '\0');
    int len = std::snprintf(buf.data(), buf.size(), "%.*f", ndigits, ax);
    buf.resize(size_t(len));
    DecimalDigits out;
    out.negative = neg;
    size_t dot = buf.find('.');
    int int_len = int(dot == std::string::npos ? buf.size() : dot);
    std::string all;
    for (char c : buf) {
        if (c != '.') all += c;
    }
    size_t first = all.find_first_not_of('0');
    if (first == std::string::npos) {
        // Rounded to zero: dtoa returns no digits with decpt = -ndigits.
        out.decpt = -ndigits;
        return out;
    }
    out.digits = all.substr(first);
    out.decpt = int_len - int(first);
    while (!out.digits.empty() && out.digits.back() == '0') out.digits.pop_back();
    return out;
}

std::string double_to_string(double x, char code, int precision, DoubleToStringFlags flags) {
    // As CPython's PyOS_double_to_string + format_float_short (Python/pystrtod.c).
    std::string out;
    if (std::isnan(x)) return flags.upper ? "NAN" : "nan"; // the sign of a NaN is never shown
    if (std::isinf(x)) {
        if (x < 0) out += '-';
        out += flags.upper ? "INF" : "inf";
        return out;
    }
    DecimalDigits d;
    int vdigits_end = 0;
    switch (code) {
        case 'e':
            precision += 1;
            d = significant_digits(x, precision);
            break;
        case 'f': d = fixed_digits(x, precision); break;
        case 'g':
            if (precision == 0) precision = 1;
            d = significant_digits(x, precision);
            break;
        default: d = shortest_digits(x); break;
    }
    bool sign = d.negative;
    int digits_len = int(d.digits.size());
    if (flags.no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && d.digits[0] == '0'))) {
        sign = false;
    }
    int decpt = d.decpt;
    vdigits_end = digits_len;
    bool use_exp = false;
    switch (code) {
        case 'e':
            use_exp = true;
            vdigits_end = precision;
            break;
        case 'f': vdigits_end = decpt + precision; break;
        case 'g':
            if (decpt <= -4 || decpt > (flags.add_dot_0 ? precision - 1 : precision))
                use_exp = true;
            if (flags.alt) vdigits_end = precision;
            break;
        default:
            // repr switches to exponent form at 1e16 and below 1e-4.
            if (decpt <= -4 || decpt > 16) use_exp = true;
            break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && flags.add_dot_0) {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    } else {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    }
    if (sign) out += '-';
    if (decpt <= 0) {
        out.append(size_t(decpt - vdigits_start), '0');
        out += '.';
        out.append(size_t(-decpt), '0');
    } else {
        out.append(size_t(-vdigits_start), '0');
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(d.digits, 0, size_t(decpt));
        out += '.';
        out.append(d.digits, size_t(decpt), std::string::npos);
    } else {
        out += d.digits;
    }
    if (digits_len < decpt) {
        out.append(size_t(decpt - digits_len), '0');
        out += '.';
        out.append(size_t(vdigits_end - decpt), '0');
    } else {
        out.append(size_t(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !flags.alt) out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%+.02d", flags.upper ? 'E' : 'e', exp);
        out += buf;
    }
    return out;
}

std::string float_repr(double x) {
    DoubleToStringFlags flags;
    flags.add_dot_0 = true;
    return double_to_string(x, 'r', 0, flags);
}

namespace {

bool is_c_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool iequals(std::string_view a, const char* b) {
    size_t n = std::strlen(b);
    if (a.size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != b[i]) return false;
    }
    return true;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

NumResult<double> parse_float(std::string_view text) {
    // As CPython's PyFloat_FromString: Unicode digits/spaces to ASCII, underscores only between
    // digits, strip whitespace, then the strict decimal grammar or inf/infinity/nan.
    auto fail = [&]() {
        return num_error(NumErrorKind::ValueError,
                         "could not convert string to float: " + py_str_repr(text));
    };
    std::string s = py_numeric_ascii(text);
    if (s.find('_') != std::string::npos) {
        std::string dup;
        char prev = '\0';
        for (char c : s) {
            if (c == '_') {
                if (!is_digit(prev)) return fail();
            } else {
                if (prev == '_' && !is_digit(c)) return fail();
                dup += c;
            }
            prev = c;
        }
        if (prev == '_') return fail();
        s = dup;
    }
    size_t b = 0, e = s.size();
    while (b < e && is_c_space(s[b])) ++b;
    while (e > b && is_c_space(s[e - 1])) --e;
    std::string_view t(s.data() + b, e - b);
    if (t.empty()) return fail();
    size_t i = 0;
    bool neg = false;
    if (t[0] == '+' || t[0] == '-') {
        neg = t[0] == '-';
        ++i;
    }
    std::string_view rest = t.substr(i);
    if (iequals(rest, "inf") || iequals(rest, "infinity")) return neg ? -HUGE_VAL : HUGE_VAL;
    if (iequals(rest, "nan")) return neg ? -NAN : NAN;
    size_t int_digits = 0, frac_digits = 0;
    while (i < t.size() && is_digit(t[i])) ++i, ++int_digits;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && is_digit(t[i])) ++i, ++frac_digits;
    }
    if (int_digits + frac_digits == 0) return fail();
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        size_t exp_digits = 0;
        while (i < t.size() && is_digit(t[i])) ++i, ++exp_digits;
        if (exp_digits == 0) return fail();
    }
    if (i != t.size()) return fail();
    std::string clean(t);
    return std::strtod(clean.c_str(), nullptr);
}

int64_t float_hash(double v) {
    // As CPython's _Py_HashDouble (Python/pyhash.c).
    const int kBits = 61;
    const uint64_t kModulus = (uint64_t(1) << kBits) - 1;
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? 314159 : -314159;
        return 0;
    }
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    int64_t h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

namespace {

// x = m * 2**e exactly, with m a 53-bit (or smaller) integer. x must be finite.
void decompose(double x, int64_t* m, int64_t* e) {
    int ex = 0;
    double frac = std::frexp(x, &ex);
    *m = int64_t(std::ldexp(frac, 53));
    *e = ex - 53;
}

// round(p / q) half-even, p >= 0, q > 0.
BigInt div_round_half_even(const BigInt& p, const BigInt& q) {
    auto qr = divmod(p, q).value();
    BigInt twice = qr.second + qr.second;
    int c = compare(twice, q);
    if (c > 0 || (c == 0 && qr.first.is_odd())) return qr.first + BigInt(1);
    return qr.first;
}

} // namespace

NumResult<double> round_float(double x, int64_t ndigits) {
    // As CPython's float___round___impl / double_round, with exact integer arithmetic standing
    // in for dtoa mode 3: N = round_half_even(|x| * 10**ndigits), then strtod("N e-ndigits").
    if (!std::isfinite(x)) return x;
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    if (x == 0.0) return x;
    int64_t m = 0, e = 0;
    decompose(std::fabs(x), &m, &e);
    BigInt p(m), q(1);
    if (e >= 0) {
        p = shift_left(p, e).value();
    } else {
        q = shift_left(q, -e).value();
    }
    BigInt ten_pow = pow(BigInt(10), uint64_t(ndigits >= 0 ? ndigits : -ndigits)).value();
    if (ndigits >= 0) {
        p = p * ten_pow;
    } else {
        q = q * ten_pow;
    }
    BigInt n = div_round_half_even(p, q);
    std::string text =
        (x < 0 ? "-" : "") + n.to_string_unlimited() + "e" + std::to_string(-ndigits);
    double rounded = std::strtod(text.c_str(), nullptr);
    if (std::isinf(rounded)) {
        return num_error(NumErrorKind::OverflowError, "rounded value too large to represent");
    }
    return rounded;
}

NumResult<BigInt> round_float_to_int(double x) {
    // As float___round___impl without ndigits: round() then fix halfway cases to even.
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return BigInt::from_double(rounded);
}

NumResult<double> float_truediv(double x, double y) {
    if (y == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float division by zero");
    return x / y;
}

namespace {

// As CPython 3.11's _float_div_mod.
void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
    double div;
    *mod = std::fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = std::copysign(0.0, wx);
    }
    if (div) {
        *floordiv = std::floor(div);
        if (div - *floordiv > 0.5) *floordiv += 1.0;
    } else {
        *floordiv = std::copysign(0.0, vx / wx);
    }
}

} // namespace

NumResult<double> float_floordiv(double x, double y) {
    if (y == 0.0) {
        return num_error(NumErrorKind::ZeroDivisionError, "float floor division by zero");
    }
    double q = 0, r = 0;
    float_div_mod(x, y, &q, &r);
    return q;
}

NumResult<double> float_mod(double x, double y) {
    // As CPython's float_rem.
    if (y == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float modulo");
    double mod = std::fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

NumResult<std::pair<double, double>> float_divmod(double x, double y) {
    if (y == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float divmod()");
    double q = 0, r = 0;
    float_div_mod(x, y, &q, &r);
    return std::make_pair(q, r);
}

NumResult<double> float_pow(double iv, double iw) {
    // As CPython's float_pow: special cases first, then the platform pow().
    auto is_odd_integer = [](double v) { return std::fmod(std::fabs(v), 2.0) == 1.0; };
    if (iw == 0) return 1.0;
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            return num_error(NumErrorKind::ZeroDivisionError,
                             "0.0 cannot be raised to a negative power");
        }
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            return num_error(NumErrorKind::ValueError, "complex result not supported");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) {
        return num_error(NumErrorKind::OverflowError, "(34, 'Numerical result out of range')");
    }
    return negate ? -ix : ix;
}

bool float_is_integer(double x) {
    return std::isfinite(x) && std::floor(x) == x;
}

NumResult<std::pair<BigInt, BigInt>> float_as_integer_ratio(double x) {
    if (std::isinf(x)) {
        return num_error(NumErrorKind::OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (std::isnan(x)) {
        return num_error(NumErrorKind::ValueError, "cannot convert NaN to integer ratio");
    }
    if (x == 0.0) return std::make_pair(BigInt(0), BigInt(1));
    int64_t m = 0, e = 0;
    decompose(x, &m, &e);
    while ((m & 1) == 0) {
        m /= 2;
        ++e;
    }
    if (e >= 0) return std::make_pair(shift_left(BigInt(m), e).value(), BigInt(1));
    return std::make_pair(BigInt(m), shift_left(BigInt(1), -e).value());
}

} // namespace loopscope
