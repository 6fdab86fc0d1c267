// random_mt.cpp - see random_mt.h. The generator mirrors CPython's Modules/_randommodule.c
// (itself Matsumoto and Nishimura's reference MT19937); the rest mirrors Lib/random.py 3.11.
#include "lang/random_mt.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace loopscope {

namespace {
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;
} // namespace

void PyRandom::init_genrand(uint32_t s) {
    mt_[0] = s;
    for (int i = 1; i < N; ++i) {
        mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + uint32_t(i);
    }
    mti_ = N;
}

void PyRandom::init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    size_t key_length = key.size();
    for (size_t k = std::max<size_t>(N, key_length); k; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
        ++i;
        ++j;
        if (i >= N) {
            mt_[0] = mt_[N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (size_t k = N - 1; k; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
        ++i;
        if (i >= N) {
            mt_[0] = mt_[N - 1];
            i = 1;
        }
    }
    mt_[0] = 0x80000000U;
}

void PyRandom::seed(const BigInt& n) {
    // As random_seed: the key is abs(n) in 32-bit words, least significant first ([0] for 0).
    std::vector<uint32_t> key = n.limbs();
    if (key.empty()) key.push_back(0);
    init_by_array(key);
    gauss_next_.reset();
}

uint32_t PyRandom::genrand_uint32() {
    static const uint32_t mag01[2] = {0x0U, kMatrixA};
    uint32_t y;
    if (mti_ >= N) {
        int kk;
        for (kk = 0; kk < N - 397; kk++) {
            y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
            mt_[kk] = mt_[kk + 397] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
            mt_[kk] = mt_[kk + (397 - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt_[N - 1] & kUpperMask) | (mt_[0] & kLowerMask);
        mt_[N - 1] = mt_[396] ^ (y >> 1) ^ mag01[y & 0x1U];
        mti_ = 0;
    }
    y = mt_[mti_++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

double PyRandom::random() {
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t PyRandom::getrandbits_u64(int k) {
    if (k <= 0) return 0;
    if (k <= 32) return genrand_uint32() >> (32 - k);
    uint64_t lo = genrand_uint32();
    uint64_t hi = genrand_uint32() >> (64 - k);
    return lo | (hi << 32);
}

NumResult<BigInt> PyRandom::getrandbits(int64_t k) {
    // As _random_Random_getrandbits_impl: 32-bit words from least significant up; the last
    // word drops its low bits.
    if (k < 0) return num_error(NumErrorKind::ValueError, "number of bits must be non-negative");
    if (k <= 64) return BigInt::from_uint64(getrandbits_u64(int(k)));
    std::vector<uint32_t> words;
    for (int64_t left = k; left > 0; left -= 32) {
        uint32_t r = genrand_uint32();
        if (left < 32) r >>= (32 - left);
        words.push_back(r);
    }
    return BigInt::from_limbs(std::move(words), false);
}

uint64_t PyRandom::randbelow(uint64_t n) {
    int k = n ? 64 - __builtin_clzll(n) : 0; // n.bit_length()
    uint64_t r = getrandbits_u64(k);
    while (r >= n) r = getrandbits_u64(k);
    return r;
}

BigInt PyRandom::randbelow(const BigInt& n) {
    if (n.bit_length() <= 64) return BigInt::from_uint64(randbelow(uint64_t(n.to_int64())));
    int64_t k = int64_t(n.bit_length());
    BigInt r = getrandbits(k).value();
    while (r >= n) r = getrandbits(k).value();
    return r;
}

NumResult<BigInt> PyRandom::randrange(const BigInt& stop) {
    if (stop.sign() > 0) return randbelow(stop);
    return num_error(NumErrorKind::ValueError, "empty range for randrange()");
}

NumResult<BigInt> PyRandom::randrange(const BigInt& start, const BigInt& stop, const BigInt& step) {
    // As random.py's randrange with a stop argument.
    BigInt width = stop - start;
    if (step == BigInt(1)) {
        if (width.sign() > 0) return start + randbelow(width);
        return num_error(NumErrorKind::ValueError,
                         "empty range for randrange() (" + start.to_string_unlimited() + ", " +
                             stop.to_string_unlimited() + ", " + width.to_string_unlimited() + ")");
    }
    BigInt n;
    if (step.sign() > 0) {
        n = floordiv(width + step - BigInt(1), step).value();
    } else if (step.sign() < 0) {
        n = floordiv(width + step + BigInt(1), step).value();
    } else {
        return num_error(NumErrorKind::ValueError, "zero step for randrange()");
    }
    if (n.sign() <= 0) return num_error(NumErrorKind::ValueError, "empty range for randrange()");
    return start + step * randbelow(n);
}

NumResult<int64_t> PyRandom::randrange(int64_t start, int64_t stop, int64_t step) {
    int64_t width = 0;
    if (step == 1 && stop > start && !__builtin_sub_overflow(stop, start, &width)) {
        return start + int64_t(randbelow(uint64_t(width)));
    }
    auto r = randrange(BigInt(start), BigInt(stop), BigInt(step));
    if (!r) return r.error();
    return r.value().to_int64(); // start <= result < stop, so it fits
}

NumResult<BigInt> PyRandom::randint(const BigInt& a, const BigInt& b) {
    return randrange(a, b + BigInt(1));
}

NumResult<int64_t> PyRandom::randint(int64_t a, int64_t b) {
    if (b < INT64_MAX) return randrange(a, b + 1);
    auto r = randint(BigInt(a), BigInt(b));
    if (!r) return r.error();
    return r.value().to_int64();
}

NumResult<size_t> PyRandom::choice_index(size_t n) {
    if (n == 0) return num_error(NumErrorKind::IndexError, "Cannot choose from an empty sequence");
    return size_t(randbelow(uint64_t(n)));
}

NumResult<std::vector<size_t>> PyRandom::sample_indices(size_t n, int64_t k) {
    // As random.py's sample: a pool for small populations, a set of picks for large ones.
    if (k < 0 || uint64_t(k) > n) {
        return num_error(NumErrorKind::ValueError, "Sample larger than population or is negative");
    }
    std::vector<size_t> result(size_t(k), 0);
    double setsize = 21;
    if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0)));
    if (double(n) <= setsize) {
        std::vector<size_t> pool(n);
        for (size_t i = 0; i < n; ++i) pool[i] = i;
        for (size_t i = 0; i < size_t(k); ++i) {
            size_t j = size_t(randbelow(uint64_t(n - i)));
            result[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
    } else {
        std::unordered_set<size_t> selected;
        for (size_t i = 0; i < size_t(k); ++i) {
            size_t j = size_t(randbelow(uint64_t(n)));
            while (selected.count(j)) j = size_t(randbelow(uint64_t(n)));
            selected.insert(j);
            result[i] = j;
        }
    }
    return result;
}

std::vector<size_t> PyRandom::choices_indices(size_t n, size_t k) {
    std::vector<size_t> out(k);
    double nf = double(n);
    for (auto& v : out) v = size_t(std::floor(random() * nf));
    return out;
}

NumResult<std::vector<size_t>> PyRandom::choices_cum_weights(const std::vector<double>& cum,
                                                             size_t k) {
    if (cum.empty()) return num_error(NumErrorKind::IndexError, "list index out of range");
    double total = cum.back() + 0.0;
    if (total <= 0.0) {
        return num_error(NumErrorKind::ValueError, "Total of weights must be greater than zero");
    }
    if (!std::isfinite(total)) {
        return num_error(NumErrorKind::ValueError, "Total of weights must be finite");
    }
    std::vector<size_t> out(k);
    size_t hi = cum.size() - 1;
    for (auto& v : out) {
        double x = random() * total;
        // bisect_right(cum, x, 0, hi)
        v = size_t(std::upper_bound(cum.begin(), cum.begin() + long(hi), x) - cum.begin());
    }
    return out;
}

double PyRandom::gauss(double mu, double sigma) {
    // As random.py's gauss (Box-Muller with the second value kept for the next call).
    double z;
    if (gauss_next_) {
        z = *gauss_next_;
        gauss_next_.reset();
    } else {
        const double two_pi = 6.283185307179586;
        double x2pi = random() * two_pi;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        gauss_next_ = std::sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
}

NumResult<double> PyRandom::expovariate(double lambd) {
    double u = random();
    if (lambd == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float division by zero");
    return -std::log(1.0 - u) / lambd;
}

} // namespace loopscope
