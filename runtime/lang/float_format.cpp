// float_format.cpp - see float_format.h. Digits come from exact BigInt arithmetic ([DIGITS]);
// the layout of those digits mirrors CPython's Python/pystrtod.c
// (format_float_short) and the arithmetic mirrors Objects/floatobject.c.
#include "lang/float_format.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace loopscope {

namespace {

// [DIGITS] Exact decimal digits with BigInt arithmetic: correctly rounded (half-even on the exact
// binary value, as dtoa and glibc's printf) and free of printf/strtod, which are slow under
// Emscripten (musl formats through software long double).

// ax = m * 2**e exactly with e >= -1074 (subnormals keep their true exponent); ax finite, > 0.
void exact_parts(double ax, uint64_t* m, int* e) {
    int ex = 0;
    double frac = std::frexp(ax, &ex);
    uint64_t mm = uint64_t(std::ldexp(frac, 53));
    int ee = ex - 53;
    while (ee < -1074) {
        mm >>= 1;
        ++ee;
    }
    *m = mm;
    *e = ee;
}

// 10**k, cached up to 10**400 (enough for every double); larger k share one scratch value.
const BigInt& pow10_big(int k) {
    static std::vector<BigInt> cache{BigInt(1)};
    static BigInt scratch;
    if (k > 400) {
        scratch = pow(BigInt(10), uint64_t(k)).value();
        return scratch;
    }
    while (int(cache.size()) <= k) cache.push_back(cache.back() * BigInt(10));
    return cache[size_t(k)];
}

std::string u64_digits(uint64_t v) {
    char buf[24];
    int i = 24;
    while (v) {
        buf[--i] = char('0' + int(v % 10));
        v /= 10;
    }
    return std::string(buf + i, size_t(24 - i));
}

// Decimal digits of v ("" for 0); 128-bit division is a library call under wasm, so it is done
// at most once.
std::string u128_digits(unsigned __int128 v) {
    const uint64_t ten19 = 10000000000000000000ULL;
    if ((v >> 64) == 0) return u64_digits(uint64_t(v));
    unsigned __int128 high = v / ten19;
    uint64_t low = uint64_t(v - high * ten19);
    std::string lows = u64_digits(low);
    return u128_digits(high) + std::string(19 - lows.size(), '0') + lows;
}

// Adds one to a decimal digit string ("999" -> "1000").
void increment_digits(std::string* d) {
    size_t i = d->size();
    while (i > 0 && (*d)[i - 1] == '9') (*d)[--i] = '0';
    if (i == 0) {
        d->insert(d->begin(), '1');
    } else {
        ++(*d)[i - 1];
    }
}

// Compares the low `bits` bits of v with 2**(bits-1): -1 below, 0 equal, 1 above.
int low_bits_vs_half(const BigInt& v, int bits) {
    if (bits <= 0) return -1;
    const std::vector<uint32_t>& limbs = v.limbs();
    auto bit = [&](int i) {
        size_t limb = size_t(i) / 32;
        return limb < limbs.size() && (limbs[limb] >> (i % 32) & 1u);
    };
    if (!bit(bits - 1)) return -1;
    for (int i = 0; i < bits - 1; ++i) {
        if (i % 32 == 0 && size_t(i / 32) < limbs.size() && i + 32 <= bits - 1) {
            if (limbs[size_t(i / 32)]) return 1;
            i += 31;
            continue;
        }
        if (bit(i)) return 1;
    }
    return 0;
}

// Decimal digits of floor(ax * 10**k) ("" for zero), with *half comparing the dropped
// fraction with 1/2 (-1, 0, 1). 128-bit arithmetic covers the common magnitudes.
std::string scaled_floor_digits(double ax, int k, int* half) {
    static const uint64_t kPow10u[] = {1ULL,
                                       10ULL,
                                       100ULL,
                                       1000ULL,
                                       10000ULL,
                                       100000ULL,
                                       1000000ULL,
                                       10000000ULL,
                                       100000000ULL,
                                       1000000000ULL,
                                       10000000000ULL,
                                       100000000000ULL,
                                       1000000000000ULL,
                                       10000000000000ULL,
                                       100000000000000ULL,
                                       1000000000000000ULL,
                                       10000000000000000ULL,
                                       100000000000000000ULL,
                                       1000000000000000000ULL,
                                       10000000000000000000ULL};
    uint64_t m = 0;
    int e = 0;
    exact_parts(ax, &m, &e);
    *half = -1;
    if (k >= 0 && k <= 19 && e <= 10 && e >= -127) {
        unsigned __int128 v = (unsigned __int128)m * kPow10u[k]; // < 2**117
        if (e >= 0) return u128_digits(v << e);
        int sh = -e;
        unsigned __int128 low = v & ((((unsigned __int128)1) << sh) - 1);
        unsigned __int128 halfway = ((unsigned __int128)1) << (sh - 1);
        *half = low < halfway ? -1 : (low == halfway ? 0 : 1);
        return u128_digits(v >> sh);
    }
    BigInt num = BigInt::from_uint64(m);
    if (e > 0) num = shift_left(num, e).value();
    BigInt q;
    if (k >= 0) {
        num = num * pow10_big(k);
        if (e >= 0) {
            q = num;
        } else {
            // Division by a power of two: a shift, with the dropped bits deciding the rounding.
            *half = low_bits_vs_half(num, -e);
            q = shift_right(num, -e).value();
        }
    } else {
        BigInt den = pow10_big(-k);
        if (e < 0) den = shift_left(den, -e).value();
        auto qr = divmod(num, den).value();
        *half = compare(qr.second + qr.second, den);
        q = qr.first;
    }
    return q.is_zero() ? std::string() : q.magnitude_digits(10);
}

// Digits of round(ax * 10**k), half-even on the exact value ("" for zero).
std::string scaled_round_digits(double ax, int k) {
    int half = -1;
    std::string d = scaled_floor_digits(ax, k, &half);
    bool odd = !d.empty() && ((d.back() - '0') & 1);
    if (half > 0 || (half == 0 && odd)) increment_digits(&d);
    return d;
}

void strip_trailing_zeros(std::string* digits) {
    while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
}

// The double nearest to digits * 10**k: one exact operation (Clinger's fast path) when the
// digits fit in 53 bits and 10**|k| is exact; otherwise the C library's strtod.
double decimal_to_double(const std::string& digits, int k) {
    static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) return 0.0;
    if (digits.size() - first <= 18 && k >= -22 && k <= 22) {
        uint64_t d = 0;
        for (size_t i = first; i < digits.size(); ++i) d = d * 10 + uint64_t(digits[i] - '0');
        if (d < (uint64_t(1) << 53)) {
            return k >= 0 ? double(d) * kPow10[k] : double(d) / kPow10[-k];
        }
    }
    std::string text = digits + "e" + std::to_string(k);
    return std::strtod(text.c_str(), nullptr);
}

// True when digits * 10**q reads back as m * 2**e (strtod's round-half-even), decided exactly:
// the rounding interval of x is (x - lo, x + hi), lo halved at a power of two.
bool decimal_reads_back(uint64_t m, int e, const std::string& digits, int q) {
    if (digits.size() <= 15 && q >= -22 && q <= 22) { // exact one-operation conversion
        return decimal_to_double(digits, q) == std::ldexp(double(m), e);
    }
    uint64_t c = 0;
    for (char ch : digits) c = c * 10 + uint64_t(ch - '0');
    int a = e < 2 ? 2 - e : 0;
    int b = q < 0 ? -q : 0;
    int t = e > 2 ? e : 2;
    BigInt v = shift_left(BigInt::from_uint64(c) * pow10_big(q + b), a).value();
    BigInt p10b = pow10_big(b);
    BigInt x = shift_left(BigInt::from_uint64(m) * p10b, t).value();
    bool asymmetric = m == (uint64_t(1) << 52) && e > -1074;
    BigInt hi = shift_left(p10b, t - 1).value();
    BigInt diff = v - x;
    bool even = (m & 1) == 0;
    if (!diff.is_negative()) {
        int cmp = compare(diff, hi);
        return cmp < 0 || (cmp == 0 && even);
    }
    BigInt lo = asymmetric ? shift_left(p10b, t - 2).value() : hi;
    int cmp = compare(-diff, lo);
    return cmp < 0 || (cmp == 0 && even);
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

// Exactly n significant digits (n >= 1), unstripped, with the exponent of the first digit.
std::string exact_significant(double ax, int n, int* exp10) {
    int e10 = int(std::floor(std::log10(ax))); // an estimate: fixed below by exact checks
    while (true) {
        int half = -1;
        std::string d = scaled_floor_digits(ax, n - 1 - e10, &half);
        if (int(d.size()) < n) {
            --e10;
            continue;
        }
        if (int(d.size()) > n) {
            ++e10;
            continue;
        }
        if (half > 0 || (half == 0 && ((d.back() - '0') & 1))) {
            increment_digits(&d);
            if (int(d.size()) > n) { // 99.96 -> 100.0: one more decade
                d.pop_back();
                ++e10;
            }
        }
        *exp10 = e10;
        return d;
    }
}

} // namespace

DecimalDigits shortest_digits(double x) {
    bool neg = std::signbit(x);
    double ax = std::fabs(x);
    if (ax == 0.0) return DecimalDigits{"0", 1, neg};
    // Any decimal of <= 15 significant digits round-trips (DBL_DIG), so when the shortest has
    // <= 15 digits it is the 15-digit rounding with its trailing zeros dropped; otherwise the
    // nearest 16-digit decimal (or its neighbour on the wide side at a power of two), else 17
    // digits, which always round-trip. Subnormals carry fewer bits: searched from one digit up.
    uint64_t m = 0;
    int e = 0;
    exact_parts(ax, &m, &e);
    int exp17 = 0;
    std::string digits17 = exact_significant(ax, 17, &exp17);
    for (int prec = ax < 2.2250738585072014e-308 ? 1 : 15; prec <= 16; ++prec) {
        int exp = exp17;
        std::string cand = digits17.substr(0, size_t(prec));
        std::string rest = digits17.substr(size_t(prec));
        bool half = rest[0] == '5' && rest.find_first_not_of('0', 1) == std::string::npos;
        if (half) {
            cand = exact_significant(ax, prec, &exp); // the 17 digits may hide the true side
        } else if (rest[0] >= '5') {
            step_last_digit(&cand, &exp, 1);
        }
        if (decimal_reads_back(m, e, cand, exp - (prec - 1))) {
            strip_trailing_zeros(&cand);
            return DecimalDigits{cand, exp + 1, neg};
        }
        if (prec == 16) {
            for (int step : {1, -1}) {
                std::string other = cand;
                int other_exp = exp;
                step_last_digit(&other, &other_exp, step);
                if (decimal_reads_back(m, e, other, other_exp - (prec - 1))) {
                    strip_trailing_zeros(&other);
                    return DecimalDigits{other, other_exp + 1, neg};
                }
            }
        }
    }
    strip_trailing_zeros(&digits17);
    return DecimalDigits{digits17, exp17 + 1, neg};
}

DecimalDigits significant_digits(double x, int ndigits) {
    bool neg = std::signbit(x);
    double ax = std::fabs(x);
    if (ax == 0.0) return DecimalDigits{"0", 1, neg};
    if (ndigits < 1) ndigits = 1;
    int exp10 = 0;
    std::string d = exact_significant(ax, ndigits, &exp10);
    strip_trailing_zeros(&d);
    return DecimalDigits{d, exp10 + 1, neg};
}

DecimalDigits fixed_digits(double x, int ndigits) {
    bool neg = std::signbit(x);
    double ax = std::fabs(x);
    if (ax == 0.0) return DecimalDigits{"0", 1, neg};
    DecimalDigits out;
    out.negative = neg;
    out.digits = scaled_round_digits(ax, ndigits);
    if (out.digits.empty()) {
        out.decpt = -ndigits; // rounded to zero: no digits, as dtoa
        return out;
    }
    out.decpt = int(out.digits.size()) - ndigits;
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
    // Digits and exponent for the exact fast path; anything unusual goes to strtod.
    std::string digits;
    int64_t exp10 = 0;
    size_t k = (t[0] == '+' || t[0] == '-') ? 1 : 0;
    for (; k < t.size() && t[k] != 'e' && t[k] != 'E'; ++k) {
        if (t[k] == '.') continue;
        digits += t[k];
    }
    exp10 -= int64_t(frac_digits);
    if (k < t.size()) exp10 += std::atoll(std::string(t.substr(k + 1, 8)).c_str());
    if (k + 9 >= t.size() && exp10 > -400 && exp10 < 400) {
        double v = decimal_to_double(digits, int(exp10));
        return neg ? -v : v;
    }
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
    // in for dtoa mode 3: N = round_half_even(|x| * 10**ndigits), then N * 10**-ndigits read back
    // as strtod would.
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
    double rounded = decimal_to_double(n.to_string_unlimited(), int(-ndigits));
    if (x < 0) rounded = -rounded;
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
