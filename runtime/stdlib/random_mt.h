// random_mt.h - CPython-compatible `random`: the Mersenne Twister of Modules/_randommodule.c
// and the algorithms of Lib/random.py built on it, so a seeded script prints CPython's numbers.
//
// Sequence operations (choice, shuffle, sample, choices) work on indices; the VM applies them to
// its own list values.
#pragma once

#include "lang/bigint.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope {

class PyRandom {
public:
    PyRandom() { seed(BigInt(0)); }

    // random.seed(n) for an int n (all bits of abs(n) are used, as random_seed in C).
    void seed(const BigInt& n);
    // random.seed(x) for other hashable objects (floats): random_seed uses (size_t)hash(x).
    void seed_hash(int64_t hash) { seed(BigInt::from_uint64(uint64_t(hash))); }
    // random.seed(s) for a str (its UTF-8 bytes) or bytes, as random.py's version 2:
    // int.from_bytes(s + sha512(s).digest(), "big").
    void seed_bytes(std::string_view bytes);

    // The raw generator: one 32-bit output of MT19937 (genrand_uint32).
    uint32_t genrand_uint32();
    // random(): 53 random bits from two draws, in [0.0, 1.0).
    double random();
    // getrandbits(k); k < 0 is "number of bits must be non-negative".
    NumResult<BigInt> getrandbits(int64_t k);
    uint64_t getrandbits_u64(int k); // 0 <= k <= 64

    // random.py's _randbelow_with_getrandbits: uniform in [0, n), n > 0.
    uint64_t randbelow(uint64_t n);
    BigInt randbelow(const BigInt& n);

    // randrange(stop) / randrange(start, stop[, step]) with random.py's errors.
    NumResult<BigInt> randrange(const BigInt& stop);
    NumResult<BigInt> randrange(const BigInt& start, const BigInt& stop,
                                const BigInt& step = BigInt(1));
    NumResult<int64_t> randrange(int64_t start, int64_t stop, int64_t step = 1);
    // randint(a, b) = randrange(a, b + 1).
    NumResult<BigInt> randint(const BigInt& a, const BigInt& b);
    NumResult<int64_t> randint(int64_t a, int64_t b);

    // choice(seq): the index chosen in a sequence of length n ("Cannot choose from an empty
    // sequence" when n == 0).
    NumResult<size_t> choice_index(size_t n);
    // shuffle(x) in place, as random.py (swaps from the end).
    template <class T>
    void shuffle(std::vector<T>& x) {
        for (size_t i = x.size(); i-- > 1;) {
            size_t j = size_t(randbelow(uint64_t(i) + 1));
            std::swap(x[i], x[j]);
        }
    }
    // sample(population, k) for a population of length n: the chosen indices in order.
    NumResult<std::vector<uint64_t>> sample_indices(uint64_t n, int64_t k);
    // Whether sample() picks from a copied pool (small populations) or by index into the
    // population with a set of picks (large ones), as random.py decides.
    static bool sample_pools(uint64_t n, int64_t k);
    // choices(population, k=k) without weights: indices chosen with replacement.
    std::vector<size_t> choices_indices(size_t n, size_t k);
    // choices(population, cum_weights=cw, k=k): bisect over cumulative weights.
    NumResult<std::vector<size_t>> choices_cum_weights(const std::vector<double>& cum_weights,
                                                       size_t k);

    // uniform(a, b) = a + (b - a) * random().
    double uniform(double a, double b) { return a + (b - a) * random(); }
    // gauss(mu, sigma) with random.py's cached second value.
    double gauss(double mu, double sigma);
    // expovariate(lambd); lambd == 0 is "float division by zero".
    NumResult<double> expovariate(double lambd);

private:
    static constexpr int N = 624;
    void init_genrand(uint32_t s);
    void init_by_array(const std::vector<uint32_t>& key);

    uint32_t mt_[N];                   // the generator state
    int mti_ = N + 1;                  // next index into mt_
    std::optional<double> gauss_next_; // random.py's gauss_next
};

// SHA-512 digest of bytes (64 bytes), for seed_bytes.
std::string sha512(std::string_view bytes);

} // namespace loopscope
