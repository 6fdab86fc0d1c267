// bigint.cpp - see bigint.h. Magnitudes are little-endian vectors of 32-bit limbs; the
// algorithms are the textbook ones (schoolbook / Karatsuba multiply, Knuth's algorithm D),
// and every place that mirrors a CPython rule (parsing, rounding, hashing) says so.
#include "lang/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loopscope {

using Mag = std::vector<uint32_t>;

namespace {

const uint64_t kHashModulus = (uint64_t(1) << 61) - 1; // as CPython's _PyHASH_MODULUS
// Results beyond 2**28 bits (32 MiB) are refused with MemoryError: a wasm heap that fails to
// grow aborts the whole module, while CPython would merely take long or raise MemoryError.
const uint64_t kMaxResultBits = uint64_t(1) << 28;

void trim_mag(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag r(x.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        uint64_t s = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
        r[i] = uint32_t(s);
        carry = s >> 32;
    }
    r[x.size()] = uint32_t(carry);
    trim_mag(r);
    return r;
}

// a - b with a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
    Mag r(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        int64_t d = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
        borrow = d < 0;
        r[i] = uint32_t(d + (borrow << 32));
    }
    trim_mag(r);
    return r;
}

void mul_school(const uint32_t* a, size_t na, const uint32_t* b, size_t nb, uint32_t* out) {
    std::fill(out, out + na + nb, 0u);
    for (size_t i = 0; i < na; ++i) {
        uint64_t carry = 0;
        uint64_t ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; ++j) {
            uint64_t t = ai * b[j] + out[i + j] + carry;
            out[i + j] = uint32_t(t);
            carry = t >> 32;
        }
        out[i + nb] = uint32_t(carry);
    }
}

Mag mul_mag(const Mag& a, const Mag& b);

// Karatsuba for large balanced operands: a = a1*B^h + a0, b likewise.
Mag mul_karatsuba(const Mag& a, const Mag& b) {
    size_t h = std::max(a.size(), b.size()) / 2;
    auto lo = [h](const Mag& m) {
        Mag r(m.begin(), m.begin() + std::min(h, m.size()));
        trim_mag(r);
        return r;
    };
    auto hi = [h](const Mag& m) { return m.size() > h ? Mag(m.begin() + h, m.end()) : Mag(); };
    Mag a0 = lo(a), a1 = hi(a), b0 = lo(b), b1 = hi(b);
    Mag z0 = mul_mag(a0, b0);
    Mag z2 = mul_mag(a1, b1);
    Mag z1 = sub_mag(sub_mag(mul_mag(add_mag(a0, a1), add_mag(b0, b1)), z0), z2);
    Mag r(a.size() + b.size() + 1, 0);
    auto add_at = [&r](const Mag& m, size_t off) {
        uint64_t carry = 0;
        size_t i = 0;
        for (; i < m.size(); ++i) {
            uint64_t s = uint64_t(r[off + i]) + m[i] + carry;
            r[off + i] = uint32_t(s);
            carry = s >> 32;
        }
        for (; carry; ++i) {
            uint64_t s = uint64_t(r[off + i]) + carry;
            r[off + i] = uint32_t(s);
            carry = s >> 32;
        }
    };
    add_at(z0, 0);
    add_at(z1, h);
    add_at(z2, 2 * h);
    trim_mag(r);
    return r;
}

Mag mul_mag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    if (a.size() >= 48 && b.size() >= 48 &&
        std::max(a.size(), b.size()) < 2 * std::min(a.size(), b.size())) {
        return mul_karatsuba(a, b);
    }
    Mag r(a.size() + b.size());
    mul_school(a.data(), a.size(), b.data(), b.size(), r.data());
    trim_mag(r);
    return r;
}

// a /= d in place, returns the remainder.
uint32_t div_small(Mag& a, uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = uint32_t(cur / d);
        rem = cur % d;
    }
    trim_mag(a);
    return uint32_t(rem);
}

// Knuth's algorithm D (as Hacker's Delight divmnu): q = u / v, r = u % v, v.size() >= 2.
void divmod_knuth(const Mag& u, const Mag& v, Mag& q, Mag& r) {
    size_t n = v.size();
    size_t m = u.size() - n;
    int s = __builtin_clz(v[n - 1]);
    Mag vn(n), un(u.size() + 1);
    for (size_t i = n - 1; i > 0; --i) {
        vn[i] = (v[i] << s) | (s ? uint32_t(uint64_t(v[i - 1]) >> (32 - s)) : 0);
    }
    vn[0] = v[0] << s;
    un[m + n] = s ? uint32_t(uint64_t(u[m + n - 1]) >> (32 - s)) : 0;
    for (size_t i = m + n - 1; i > 0; --i) {
        un[i] = (u[i] << s) | (s ? uint32_t(uint64_t(u[i - 1]) >> (32 - s)) : 0);
    }
    un[0] = u[0] << s;
    q.assign(m + 1, 0);
    const uint64_t base = uint64_t(1) << 32;
    for (size_t jj = m + 1; jj-- > 0;) {
        size_t j = jj;
        uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1];
        uint64_t rhat = num % vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            --qhat;
            rhat += vn[n - 1];
            if (rhat >= base) break;
        }
        int64_t k = 0;
        int64_t t = 0;
        for (size_t i = 0; i < n; ++i) {
            uint64_t p = qhat * vn[i];
            t = int64_t(un[i + j]) - k - int64_t(p & 0xFFFFFFFFu);
            un[i + j] = uint32_t(t);
            k = int64_t(p >> 32) - (t >> 32);
        }
        t = int64_t(un[j + n]) - k;
        un[j + n] = uint32_t(t);
        if (t < 0) {
            --qhat;
            uint64_t c = 0;
            for (size_t i = 0; i < n; ++i) {
                uint64_t sum = uint64_t(un[i + j]) + vn[i] + c;
                un[i + j] = uint32_t(sum);
                c = sum >> 32;
            }
            un[j + n] = uint32_t(uint64_t(un[j + n]) + c);
        }
        q[j] = uint32_t(qhat);
    }
    r.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        r[i] = s ? (un[i] >> s) | uint32_t(uint64_t(un[i + 1]) << (32 - s)) : un[i];
    }
    trim_mag(q);
    trim_mag(r);
}

void divmod_mag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
    if (cmp_mag(a, b) < 0) {
        q.clear();
        r = a;
        return;
    }
    if (b.size() == 1) {
        q = a;
        uint32_t rem = div_small(q, b[0]);
        r.clear();
        if (rem) r.push_back(rem);
        return;
    }
    divmod_knuth(a, b, q, r);
}

Mag shl_mag(const Mag& a, uint64_t n) {
    if (a.empty()) return {};
    size_t limbs = size_t(n / 32);
    int bits = int(n % 32);
    Mag r(a.size() + limbs + 1, 0);
    for (size_t i = 0; i < a.size(); ++i) {
        uint64_t v = uint64_t(a[i]) << bits;
        r[i + limbs] |= uint32_t(v);
        r[i + limbs + 1] |= uint32_t(v >> 32);
    }
    trim_mag(r);
    return r;
}

Mag shr_mag(const Mag& a, uint64_t n) {
    size_t limbs = size_t(std::min<uint64_t>(n / 32, a.size()));
    int bits = int(n % 32);
    if (limbs >= a.size()) return {};
    Mag r(a.size() - limbs);
    for (size_t i = 0; i < r.size(); ++i) {
        uint64_t v = a[i + limbs];
        if (i + limbs + 1 < a.size()) v |= uint64_t(a[i + limbs + 1]) << 32;
        r[i] = uint32_t(v >> bits);
    }
    trim_mag(r);
    return r;
}

uint64_t bit_length_mag(const Mag& a) {
    if (a.empty()) return 0;
    return uint64_t(a.size() - 1) * 32 + (32 - __builtin_clz(a.back()));
}

// True when any of the low n bits of a is set.
bool low_bits_nonzero(const Mag& a, uint64_t n) {
    size_t limbs = size_t(std::min<uint64_t>(n / 32, a.size()));
    for (size_t i = 0; i < limbs; ++i) {
        if (a[i]) return true;
    }
    int bits = int(n % 32);
    return limbs < a.size() && bits && (a[limbs] & ((1u << bits) - 1));
}

uint64_t low_u64(const Mag& a) {
    uint64_t v = a.empty() ? 0 : a[0];
    if (a.size() > 1) v |= uint64_t(a[1]) << 32;
    return v;
}

// Rounds q * 2**exp to a double, half-even, where bit 0 of q is a sticky bit for anything below
// it (q has at least 55 significant bits unless it is exact). Handles subnormals without double
// rounding, as CPython's long_true_divide does. Returns inf on overflow.
double round_scaled(uint64_t q, int64_t exp) {
    if (q == 0) return 0.0;
    int lq = 64 - __builtin_clzll(q);
    int64_t top = lq - 1 + exp; // exponent of the leading bit
    if (top > 1024) return HUGE_VAL;
    int64_t keep = 53;
    if (top < -1022) keep = 53 - (-1022 - top);
    if (keep <= 0) {
        // Below half the smallest subnormal, except exactly-above-half cases.
        if (keep == 0) {
            // value in [2**-1075, 2**-1074): rounds up unless exactly half.
            uint64_t half = uint64_t(1) << (lq - 1);
            return q > half ? std::ldexp(1.0, -1074) : 0.0;
        }
        return 0.0;
    }
    int drop = lq - int(keep);
    if (drop > 0) {
        uint64_t mask = (uint64_t(1) << drop) - 1;
        uint64_t low = q & mask;
        uint64_t half = uint64_t(1) << (drop - 1);
        q >>= drop;
        if (low > half || (low == half && (q & 1))) ++q;
        exp += drop;
    }
    return std::ldexp(double(q), int(exp));
}

NumError zero_division(const char* msg) {
    return num_error(NumErrorKind::ZeroDivisionError, msg);
}

} // namespace

// [INT64] ----------------------------------------------------------------------------------------

bool checked_floordiv(int64_t a, int64_t b, int64_t* out) {
    if (a == INT64_MIN && b == -1) return false;
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    *out = q;
    return true;
}

int64_t py_mod(int64_t a, int64_t b) {
    if (b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

bool checked_pow(int64_t a, int64_t e, int64_t* out) {
    int64_t result = 1;
    int64_t base = a;
    while (e > 0) {
        if (e & 1) {
            if (!checked_mul(result, base, &result)) return false;
        }
        e >>= 1;
        if (e > 0 && !checked_mul(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

bool checked_shl(int64_t a, int64_t n, int64_t* out) {
    if (a == 0) {
        *out = 0;
        return true;
    }
    if (n > 63) return false;
    int64_t r = int64_t(uint64_t(a) << n);
    if ((r >> n) != a) return false;
    *out = r;
    return true;
}

int64_t int64_hash(int64_t v) {
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    int64_t h = int64_t(m % kHashModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

NumResult<double> int64_true_divide(int64_t a, int64_t b) {
    const int64_t exact = int64_t(1) << 53;
    if (b != 0 && a > -exact && a < exact && b > -exact && b < exact) {
        return double(a) / double(b); // both exact: one correctly rounded division
    }
    return true_divide(BigInt(a), BigInt(b));
}

int int64_compare_with_double(int64_t a, double y) {
    const int64_t exact = int64_t(1) << 53;
    if (a > -exact && a < exact) {
        double x = double(a);
        if (std::isnan(y)) return 2;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return compare_with_double(BigInt(a), y);
}

// [BIGINT] ---------------------------------------------------------------------------------------

BigInt::BigInt(int64_t v) {
    neg_ = v < 0;
    uint64_t m = neg_ ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    while (m) {
        mag_.push_back(uint32_t(m));
        m >>= 32;
    }
}

BigInt BigInt::from_uint64(uint64_t v) {
    BigInt r;
    while (v) {
        r.mag_.push_back(uint32_t(v));
        v >>= 32;
    }
    return r;
}

BigInt BigInt::from_limbs(std::vector<uint32_t> mag, bool negative) {
    BigInt r;
    r.mag_ = std::move(mag);
    r.neg_ = negative;
    r.trim();
    return r;
}

void BigInt::trim() {
    trim_mag(mag_);
    if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_scaled(int64_t m, int64_t exp) {
    BigInt r(m);
    if (exp >= 0) {
        r.mag_ = shl_mag(r.mag_, uint64_t(exp));
    } else {
        r.mag_ = shr_mag(r.mag_, uint64_t(-exp));
    }
    r.trim();
    return r;
}

NumResult<BigInt> BigInt::from_double(double x) {
    if (std::isinf(x)) {
        return num_error(NumErrorKind::OverflowError, "cannot convert float infinity to integer");
    }
    if (std::isnan(x)) {
        return num_error(NumErrorKind::ValueError, "cannot convert float NaN to integer");
    }
    x = std::trunc(x);
    if (std::fabs(x) < 9.2e18) return BigInt(int64_t(x));
    int e = 0;
    double frac = std::frexp(x, &e); // x = frac * 2**e, 0.5 <= |frac| < 1
    int64_t m = int64_t(std::ldexp(frac, 53));
    return from_scaled(m, e - 53);
}

bool BigInt::fits_int64() const {
    if (mag_.size() > 2) return false;
    uint64_t m = low_u64(mag_);
    return neg_ ? m <= (uint64_t(1) << 63) : m < (uint64_t(1) << 63);
}

int64_t BigInt::to_int64() const {
    uint64_t m = low_u64(mag_);
    return neg_ ? int64_t(uint64_t(0) - m) : int64_t(m);
}

uint64_t BigInt::bit_length() const {
    return bit_length_mag(mag_);
}

NumResult<double> BigInt::to_double() const {
    uint64_t bits = bit_length_mag(mag_);
    double d;
    if (bits <= 64) {
        d = double(low_u64(mag_));
    } else {
        // Top 63 bits with a sticky bit for the rest, then one correct rounding.
        uint64_t shift = bits - 63;
        uint64_t q = low_u64(shr_mag(mag_, shift));
        if (low_bits_nonzero(mag_, shift)) q |= 1;
        d = bits > 1100 ? HUGE_VAL : round_scaled(q, int64_t(shift));
    }
    if (std::isinf(d)) {
        return num_error(NumErrorKind::OverflowError, "int too large to convert to float");
    }
    return neg_ ? -d : d;
}

int64_t BigInt::hash() const {
    // As CPython's long_hash: fold limbs into x mod 2**61 - 1 from the most significant end.
    uint64_t x = 0;
    for (size_t i = mag_.size(); i-- > 0;) {
        x = ((x << 32) & kHashModulus) | (x >> (61 - 32));
        x += mag_[i];
        if (x >= kHashModulus) x -= kHashModulus;
    }
    int64_t h = neg_ ? -int64_t(x) : int64_t(x);
    return h == -1 ? -2 : h;
}

int compare(const BigInt& a, const BigInt& b) {
    if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
    int c = cmp_mag(a.mag_, b.mag_);
    return a.neg_ ? -c : c;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
    BigInt r;
    if (a.neg_ == b.neg_) {
        r.mag_ = add_mag(a.mag_, b.mag_);
        r.neg_ = a.neg_;
    } else if (cmp_mag(a.mag_, b.mag_) >= 0) {
        r.mag_ = sub_mag(a.mag_, b.mag_);
        r.neg_ = a.neg_;
    } else {
        r.mag_ = sub_mag(b.mag_, a.mag_);
        r.neg_ = b.neg_;
    }
    r.trim();
    return r;
}

BigInt operator-(const BigInt& a) {
    BigInt r = a;
    r.neg_ = !a.neg_;
    r.trim();
    return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) {
    return a + (-b);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
    BigInt r;
    r.mag_ = mul_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_ != b.neg_;
    r.trim();
    return r;
}

NumResult<BigInt> multiply(const BigInt& a, const BigInt& b) {
    if (a.bit_length() + b.bit_length() > kMaxResultBits + 1) {
        return num_error(NumErrorKind::MemoryError, "");
    }
    return a * b;
}

BigInt BigInt::abs() const {
    BigInt r = *this;
    r.neg_ = false;
    return r;
}

NumResult<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) return zero_division("integer division or modulo by zero");
    BigInt q, r;
    divmod_mag(a.mag_, b.mag_, q.mag_, r.mag_);
    q.neg_ = a.neg_ != b.neg_;
    r.neg_ = a.neg_;
    q.trim();
    r.trim();
    // Floor semantics: the remainder takes the divisor's sign.
    if (!r.is_zero() && r.neg_ != b.neg_) {
        q = q - BigInt(1);
        r = r + b;
    }
    return std::make_pair(std::move(q), std::move(r));
}

NumResult<BigInt> floordiv(const BigInt& a, const BigInt& b) {
    auto qr = divmod(a, b);
    if (!qr) return qr.error();
    return std::move(qr).value().first;
}

NumResult<BigInt> mod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) return zero_division("integer modulo by zero");
    return std::move(divmod(a, b)).value().second;
}

NumResult<double> true_divide(const BigInt& a, const BigInt& b) {
    // As CPython's long_true_divide: exact when both fit in 53 bits, otherwise one rounding of
    // a quotient carrying 55+ bits plus a sticky bit.
    if (b.is_zero()) return zero_division("division by zero");
    bool neg = a.neg_ != b.neg_;
    if (a.is_zero()) return neg ? -0.0 : 0.0;
    uint64_t la = bit_length_mag(a.mag_), lb = bit_length_mag(b.mag_);
    if (la <= 53 && lb <= 53) {
        double x = double(low_u64(a.mag_)) / double(low_u64(b.mag_));
        return neg ? -x : x;
    }
    int64_t diff = int64_t(la) - int64_t(lb);
    if (diff > 1025) {
        return num_error(NumErrorKind::OverflowError,
                         "integer division result too large for a float");
    }
    if (diff < -1080) return neg ? -0.0 : 0.0;
    int64_t shift = 55 - diff; // quotient gets 55 or 56 bits
    Mag x = shift >= 0 ? shl_mag(a.mag_, uint64_t(shift)) : a.mag_;
    Mag y = shift < 0 ? shl_mag(b.mag_, uint64_t(-shift)) : b.mag_;
    Mag q, r;
    divmod_mag(x, y, q, r);
    uint64_t qq = low_u64(q);
    if (!r.empty()) qq |= 1;
    double d = round_scaled(qq, -shift);
    if (std::isinf(d)) {
        return num_error(NumErrorKind::OverflowError,
                         "integer division result too large for a float");
    }
    return neg ? -d : d;
}

uint64_t mul_work(size_t na, size_t nb) {
    if (na == 0 || nb == 0) return 0;
    const size_t lo = std::min(na, nb), hi = std::max(na, nb);
    if (lo < 48 || hi >= 2 * lo) return uint64_t(na) * nb; // (limbs of 2**28 bits at most)
    // Karatsuba: three half-size products per level down to 48 limbs.
    return uint64_t(2304.0 * std::pow(double(hi) / 48.0, 1.585));
}

uint64_t div_work(size_t na, size_t nb) {
    return na < nb ? 0 : uint64_t(na - nb + 1) * nb;
}

uint64_t pow_work(const BigInt& a, uint64_t e) {
    const uint64_t bits = a.bit_length();
    if (bits <= 1 || e < 2) return 0;
    const unsigned __int128 result_bits = (unsigned __int128)(bits - 1) * e;
    if (result_bits > kMaxResultBits) return 0; // refused with MemoryError before any work
    const size_t half = size_t(result_bits / 64) + 1;
    // The last squaring costs most; the ones before add about half again, the multiplications
    // by the base (often unbalanced: schoolbook) several times that (measured: 3x-8x).
    return 8 * mul_work(half, half);
}

uint64_t pow_mod_work(const BigInt& e, const BigInt& m) {
    const size_t k = m.limbs().size();
    const double w = 2.0 * double(e.bit_length()) * double(mul_work(k, k) + div_work(2 * k, k));
    return w > 4e18 ? uint64_t(4e18) : uint64_t(w);
}

NumResult<BigInt> pow(const BigInt& a, uint64_t e) {
    if (e == 0) return BigInt(1);
    uint64_t bits = a.bit_length();
    if (bits > 1) {
        unsigned __int128 est = (unsigned __int128)(bits - 1) * e;
        if (est > kMaxResultBits) return num_error(NumErrorKind::MemoryError, "");
    }
    if (a.mag_.size() == 1 && a.mag_[0] == 2) {
        BigInt r;
        r.mag_ = shl_mag(Mag{1}, e);
        r.neg_ = a.neg_ && (e & 1);
        return r;
    }
    BigInt result(1), base = a;
    while (true) {
        if (e & 1) result = result * base;
        e >>= 1;
        if (!e) break;
        base = base * base;
    }
    return result;
}

NumResult<BigInt> pow_mod(const BigInt& a, const BigInt& e, const BigInt& m) {
    // As CPython's long_pow with a modulus: the result takes the sign of m.
    if (m.is_zero()) return num_error(NumErrorKind::ValueError, "pow() 3rd argument cannot be 0");
    BigInt mm = m.abs();
    BigInt base = mod(a, mm).value();
    BigInt exp = e;
    if (e.is_negative()) {
        // Modular inverse by the extended Euclidean algorithm.
        BigInt r0 = mm, r1 = base, t0(0), t1(1);
        while (!r1.is_zero()) {
            auto qr = divmod(r0, r1).value();
            BigInt t2 = t0 - qr.first * t1;
            r0 = r1;
            r1 = qr.second;
            t0 = t1;
            t1 = t2;
        }
        if (r0 != BigInt(1)) {
            return num_error(NumErrorKind::ValueError,
                             "base is not invertible for the given modulus");
        }
        base = mod(t0, mm).value();
        exp = e.abs();
    }
    BigInt result = mm == BigInt(1) ? BigInt(0) : BigInt(1);
    uint64_t nbits = exp.bit_length();
    for (uint64_t i = nbits; i-- > 0;) {
        result = mod(result * result, mm).value();
        if (exp.mag_[i / 32] >> (i % 32) & 1u) result = mod(result * base, mm).value();
    }
    if (m.is_negative() && !result.is_zero()) result = result - mm;
    return result;
}

BigInt round_int(const BigInt& a, int64_t ndigits) {
    if (ndigits >= 0 || a.is_zero()) return a;
    uint64_t k = uint64_t(-(ndigits + 1)) + 1;
    // 10**k > 2*|a| rounds to zero; skip building a huge power.
    if (double(k) > double(a.bit_length()) * 0.30103 + 2) return BigInt(0);
    BigInt p = pow(BigInt(10), k).value();
    auto qr = divmod(a, p).value(); // floor quotient, remainder in [0, p)
    BigInt twice = qr.second + qr.second;
    int c = compare(twice, p);
    BigInt q = qr.first;
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
    return q * p;
}

namespace {

// abs(v) or its two's complement over n limbs.
Mag to_twos(const BigInt& v, size_t n) {
    Mag r(n, 0);
    const Mag& m = v.limbs();
    std::copy(m.begin(), m.end(), r.begin());
    if (v.is_negative()) {
        uint64_t carry = 1;
        for (auto& limb : r) {
            uint64_t t = uint64_t(uint32_t(~limb)) + carry;
            limb = uint32_t(t);
            carry = t >> 32;
        }
    }
    return r;
}

BigInt from_twos(Mag r) {
    bool neg = !r.empty() && (r.back() & 0x80000000u);
    if (neg) {
        uint64_t carry = 1;
        for (auto& limb : r) {
            uint64_t t = uint64_t(uint32_t(~limb)) + carry;
            limb = uint32_t(t);
            carry = t >> 32;
        }
    }
    return BigInt::from_limbs(std::move(r), neg);
}

template <class Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    size_t n = std::max(a.limbs().size(), b.limbs().size()) + 1;
    Mag x = to_twos(a, n), y = to_twos(b, n);
    for (size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
    return from_twos(std::move(x));
}

} // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt operator~(const BigInt& a) {
    return -(a + BigInt(1));
}

NumResult<BigInt> shift_left(const BigInt& a, int64_t n) {
    if (n < 0) return num_error(NumErrorKind::ValueError, "negative shift count");
    if (a.is_zero()) return BigInt(0);
    if (uint64_t(n) + a.bit_length() > kMaxResultBits) {
        return num_error(NumErrorKind::MemoryError, "");
    }
    BigInt r;
    r.mag_ = shl_mag(a.mag_, uint64_t(n));
    r.neg_ = a.neg_;
    return r;
}

NumResult<BigInt> shift_right(const BigInt& a, int64_t n) {
    if (n < 0) return num_error(NumErrorKind::ValueError, "negative shift count");
    BigInt r;
    if (!a.neg_) {
        r.mag_ = shr_mag(a.mag_, uint64_t(n));
        return r;
    }
    // Floor for negatives: -((|a| - 1) >> n) - 1.
    Mag m1 = sub_mag(a.mag_, Mag{1});
    r.mag_ = add_mag(shr_mag(m1, uint64_t(n)), Mag{1});
    r.neg_ = true;
    r.trim();
    return r;
}

int compare_with_double(const BigInt& a, double y) {
    if (std::isnan(y)) return 2;
    if (std::isinf(y)) return y > 0 ? -1 : 1;
    double fy = std::floor(y);
    int c = compare(a, BigInt::from_double(fy).value());
    if (c != 0) return c;
    return fy == y ? 0 : -1;
}

} // namespace loopscope
