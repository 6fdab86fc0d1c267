// Tests for lang/float_format.h against expectations CPython computed (gen_numeric_float.py).
#include "support/num_error_text.h"

#include <catch2/catch.hpp>

#include "lang/float_format.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <sstream>

using namespace loopscope;
using loopscope::test::err;

namespace {

struct FloatCase {
    const char* op;
    const char* a;
    const char* b;
    const char* expected;
};

const FloatCase kCases[] = {
#include "data/float_cases.inc"
};

double hex_to_double(const char* s) {
    return std::strtod(s, nullptr);
}

// True when a double equals the one CPython's float.hex() text denotes (any NaN equals NaN).
bool same_double(double got, const std::string& hex) {
    double want = hex_to_double(hex.c_str());
    if (std::isnan(want)) return std::isnan(got);
    return std::memcmp(&want, &got, sizeof want) == 0;
}

// Splits "a b" into its words.
std::vector<std::string> words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

// Compares a double result with the expectation; returns "" on a match.
std::string check_double(const NumResult<double>& r, const std::string& expected) {
    if (!r.ok()) return err(r.error());
    if (expected[0] == '!') return "no error";
    return same_double(r.value(), expected) ? "" : "value differs";
}

std::string mismatch(const FloatCase& c) {
    std::string op = c.op, expected = c.expected;
    if (op == "parse") return check_double(parse_float(c.a), expected);
    double a = hex_to_double(c.a);
    if (op == "repr") return float_repr(a) == expected ? "" : float_repr(a);
    if (op == "hash")
        return std::to_string(float_hash(a)) == expected ? "" : std::to_string(float_hash(a));
    if (op == "round0") {
        auto r = round_float_to_int(a);
        std::string got = r.ok() ? r.value().to_string_unlimited() : err(r.error());
        return got == expected ? "" : got;
    }
    if (op == "round") return check_double(round_float(a, std::atoll(c.b)), expected);
    if (op == "is_integer") {
        return (float_is_integer(a) ? "True" : "False") == expected ? "" : "is_integer differs";
    }
    if (op == "ratio") {
        auto r = float_as_integer_ratio(a);
        std::string got = r.ok() ? r.value().first.to_string_unlimited() + " " +
                                       r.value().second.to_string_unlimited()
                                 : err(r.error());
        return got == expected ? "" : got;
    }
    double b = hex_to_double(c.b);
    if (op == "truediv") return check_double(float_truediv(a, b), expected);
    if (op == "floordiv") return check_double(float_floordiv(a, b), expected);
    if (op == "mod") return check_double(float_mod(a, b), expected);
    if (op == "pow") return check_double(float_pow(a, b), expected);
    if (op == "divmod") {
        auto r = float_divmod(a, b);
        if (!r.ok()) return err(r.error()) == expected ? "" : err(r.error());
        auto w = words(expected);
        if (w.size() != 2) return "expected an error";
        bool same = same_double(r.value().first, w[0]) && same_double(r.value().second, w[1]);
        return same ? "" : "divmod differs";
    }
    return "unknown op " + op;
}

} // namespace

TEST_CASE("float operations match CPython on generated cases", "[float]") {
    size_t failures = 0;
    for (const auto& c : kCases) {
        std::string problem = mismatch(c);
        bool ok = problem.empty() || problem == c.expected;
        if (!ok && ++failures <= 25) {
            INFO(c.op << "(" << c.a << ", " << c.b << ") expected " << c.expected);
            CHECK(problem == "");
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("float repr switches to exponent form where CPython does", "[float]") {
    CHECK(float_repr(1e16) == "1e+16");
    CHECK(float_repr(1e15) == "1000000000000000.0");
    CHECK(float_repr(1e-5) == "1e-05");
    CHECK(float_repr(0.0001) == "0.0001");
    CHECK(float_repr(-0.0) == "-0.0");
}

namespace {

// Shortest round-trip digits found the slow way with the C library (printf + strtod), as an
// independent oracle: the first precision whose correctly rounded digits read back.
std::string oracle_shortest(double ax, int* exp10) {
    char buf[64];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*e", prec - 1, ax);
        if (std::strtod(buf, nullptr) == ax || prec == 17) break;
    }
    std::string d;
    const char* p = buf;
    for (; *p != 'e'; ++p) {
        if (*p != '.') d += *p;
    }
    *exp10 = std::atoi(p + 1);
    while (d.size() > 1 && d.back() == '0') d.pop_back();
    return d;
}

} // namespace

TEST_CASE("float repr digits are the shortest that read back, for random doubles", "[float]") {
#ifdef __EMSCRIPTEN__
    const int count = 3000; // musl's printf/strtod are slow under wasm
#else
    const int count = 100000;
#endif
    uint64_t state = 0x9E3779B97F4A7C15ULL;
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        state ^= state << 13; // xorshift64
        state ^= state >> 7;
        state ^= state << 17;
        double x;
        uint64_t bits = i % 2 ? state : (state >> 12) | (uint64_t(0x3F0 + i % 32) << 52);
        std::memcpy(&x, &bits, sizeof x);
        if (!std::isfinite(x) || x == 0.0) continue;
        DecimalDigits d = shortest_digits(x);
        int exp10 = 0;
        std::string want = oracle_shortest(std::fabs(x), &exp10);
        int e2 = 0;
        bool power_of_two = std::frexp(std::fabs(x), &e2) == 0.5; // oracle is not exact there
        bool same = d.digits == want && d.decpt == exp10 + 1;
        bool reads_back = parse_float(float_repr(x)).value() == x;
        if ((!same && !power_of_two) || !reads_back) {
            if (++failures <= 10) {
                INFO("bits " << bits << " got " << d.digits << "e" << d.decpt << " want " << want
                             << "e" << exp10 + 1);
                CHECK(same);
                CHECK(reads_back);
            }
        }
    }
    CHECK(failures == 0);
}

// Speed is the bench suite's business (tools/bench: float, strings), not a timed assertion here.
TEST_CASE("float repr of a long printing loop", "[float]") {
    double x = 0.1;
    size_t total = 0;
    const int reps = 20000;
    for (int i = 0; i < reps; ++i) {
        total += float_repr(x).size();
        x += 0.37;
    }
    CHECK(total > size_t(reps) * 3);
}
