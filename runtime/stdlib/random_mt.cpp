// random_mt.cpp - see random_mt.h. The generator mirrors CPython's Modules/_randommodule.c
// (itself Matsumoto and Nishimura's reference MT19937); the rest mirrors Lib/random.py 3.11.
#include "stdlib/random_mt.h"

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

void PyRandom::seed_bytes(std::string_view bytes) {
    std::string all(bytes);
    all += sha512(bytes);
    // int.from_bytes(all, "big") as little-endian 32-bit limbs.
    std::vector<uint32_t> limbs((all.size() + 3) / 4, 0);
    for (size_t i = 0; i < all.size(); ++i) {
        size_t from_end = all.size() - 1 - i;
        limbs[from_end / 4] |= uint32_t(static_cast<unsigned char>(all[i])) << (8 * (from_end % 4));
    }
    seed(BigInt::from_limbs(std::move(limbs), false));
}

namespace {

// SHA-512 round constants and initial hash (FIPS 180-4), generated with Python from the cube
// and square roots of the first primes.
const uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
const uint64_t kSha512H[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                              0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                              0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};

uint64_t rotr(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

} // namespace

std::string sha512(std::string_view bytes) {
    std::string msg(bytes);
    uint64_t bit_len = uint64_t(bytes.size()) * 8;
    msg += char(0x80);
    while (msg.size() % 128 != 112) msg += char(0);
    for (int i = 0; i < 8; ++i) msg += char(0); // high 64 bits of the 128-bit length
    for (int i = 7; i >= 0; --i) msg += char((bit_len >> (8 * i)) & 0xFF);
    uint64_t h[8];
    for (int i = 0; i < 8; ++i) h[i] = kSha512H[i];
    for (size_t block = 0; block < msg.size(); block += 128) {
        uint64_t w[80];
        for (int t = 0; t < 16; ++t) {
            uint64_t v = 0;
            for (int b = 0; b < 8; ++b) {
                v = (v << 8) | static_cast<unsigned char>(msg[block + size_t(t) * 8 + size_t(b)]);
            }
            w[t] = v;
        }
        for (int t = 16; t < 80; ++t) {
            uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
            uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; ++t) {
            uint64_t big_s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
            uint64_t ch = (e & f) ^ (~e & g);
            uint64_t t1 = hh + big_s1 + ch + kSha512K[t] + w[t];
            uint64_t big_s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
            uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
            uint64_t t2 = big_s0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    std::string digest;
    for (uint64_t v : h) {
        for (int i = 7; i >= 0; --i) digest += char((v >> (8 * i)) & 0xFF);
    }
    return digest;
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

bool PyRandom::sample_pools(uint64_t n, int64_t k) {
    double setsize = 21;
    if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0)));
    return double(n) <= setsize;
}

NumResult<std::vector<uint64_t>> PyRandom::sample_indices(uint64_t n, int64_t k) {
    // As random.py's sample: a pool for small populations, a set of picks for large ones
    // (indices are 64-bit: a range(10**12) population is fine in wasm too).
    if (k < 0 || uint64_t(k) > n) {
        return num_error(NumErrorKind::ValueError, "Sample larger than population or is negative");
    }
    std::vector<uint64_t> result(size_t(k), 0);
    if (sample_pools(n, k)) {
        std::vector<uint64_t> pool(size_t(n), 0);
        for (size_t i = 0; i < pool.size(); ++i) pool[i] = i;
        for (size_t i = 0; i < size_t(k); ++i) {
            size_t j = size_t(randbelow(n - i));
            result[i] = pool[j];
            pool[j] = pool[size_t(n - i - 1)];
        }
    } else {
        std::unordered_set<uint64_t> selected;
        for (size_t i = 0; i < size_t(k); ++i) {
            uint64_t j = randbelow(n);
            while (selected.count(j)) j = randbelow(n);
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
