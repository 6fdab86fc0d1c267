// Tests for lang/bigint.h against expectations CPython computed (gen_numeric_bigint.py).
#include "support/num_error_text.h"

#include <catch2/catch.hpp>

#include "lang/bigint.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace loopscope;
using loopscope::test::err;

namespace {

struct BigIntCase {
    const char* op;
    const char* a;
    const char* b;
    const char* expected;
};

const BigIntCase kCases[] = {
#include "data/bigint_cases.inc"
};

BigInt big(const char* hex) {
    auto r = BigInt::parse(hex, 0);
    REQUIRE(r.ok());
    return r.value();
}

std::string str(const BigInt& v) {
    return v.to_string_unlimited();
}
std::string str(const NumResult<BigInt>& r) {
    return r.ok() ? str(r.value()) : err(r.error());
}
std::string hexstr(const NumResult<BigInt>& r) {
    return r.ok() ? r.value().to_prefixed(16) : err(r.error());
}

// A float result is compared bit for bit with the double CPython's repr denotes.
std::string dbl(const NumResult<double>& r, const char* expected) {
    if (!r.ok()) return err(r.error());
    if (expected[0] == '!') return "no error";
    double want = std::strtod(expected, nullptr);
    bool same = std::memcmp(&want, &r.value(), sizeof want) == 0;
    return same ? std::string(expected) : "bits differ";
}

std::string run(const BigIntCase& c) {
    std::string op = c.op;
    if (op == "parse") return hexstr(BigInt::parse(c.a, std::atoi(c.b)));
    if (op == "from_double") {
        return str(BigInt::from_double(std::strtod(c.a, nullptr)));
    }
    BigInt a = big(c.a);
    if (op == "neg") return str(-a);
    if (op == "invert") return str(~a);
    if (op == "bit_length") return std::to_string(a.bit_length());
    if (op == "hash") return std::to_string(a.hash());
    if (op == "float") return dbl(a.to_double(), c.expected);
    if (op == "str") {
        auto s = a.to_string();
        return s.ok() ? s.value() : err(s.error());
    }
    if (op == "hex") return a.to_prefixed(16);
    if (op == "oct") return a.to_prefixed(8);
    if (op == "bin") return a.to_prefixed(2);
    if (op == "shl") return str(shift_left(a, std::atoll(c.b)));
    if (op == "shr") return str(shift_right(a, std::atoll(c.b)));
    if (op == "round") return str(round_int(a, std::atoll(c.b)));
    if (op == "pow") return str(pow(a, std::strtoull(c.b, nullptr, 10)));
    if (op == "powmod") {
        std::string b = c.b;
        size_t sp = b.find(' ');
        return str(pow_mod(a, big(b.substr(0, sp).c_str()), big(b.substr(sp + 1).c_str())));
    }
    BigInt b = big(c.b);
    bool hex_expected =
        std::strncmp(c.expected, "0x", 2) == 0 || std::strncmp(c.expected, "-0x", 3) == 0;
    auto out = [&](const NumResult<BigInt>& r) { return hex_expected ? hexstr(r) : str(r); };
    if (op == "add") return out(a + b);
    if (op == "sub") return out(a - b);
    if (op == "mul") return out(a * b);
    if (op == "floordiv") return out(floordiv(a, b));
    if (op == "mod") return out(mod(a, b));
    if (op == "truediv") return dbl(true_divide(a, b), c.expected);
    if (op == "cmp") return std::to_string(compare(a, b));
    if (op == "and") return str(a & b);
    if (op == "or") return str(a | b);
    if (op == "xor") return str(a ^ b);
    return "unknown op " + op;
}

} // namespace

TEST_CASE("bigint operations match CPython on generated cases", "[bigint]") {
    size_t failures = 0;
    for (const auto& c : kCases) {
        std::string got = run(c);
        if (got != c.expected) {
            if (++failures <= 20) {
                INFO(c.op << "(" << c.a << ", " << c.b << ")");
                CHECK(got == c.expected);
            }
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("bigint divmod keeps floor semantics and the divisor's sign", "[bigint]") {
    auto qr = divmod(BigInt(-7), BigInt(2)).value();
    CHECK(qr.first == BigInt(-4));
    CHECK(qr.second == BigInt(1));
    CHECK(!divmod(BigInt(1), BigInt(0)).ok());
}

TEST_CASE("int64 fast paths report overflow instead of wrapping", "[bigint]") {
    int64_t out = 0;
    CHECK(checked_add(INT64_MAX - 1, 1, &out));
    CHECK(out == INT64_MAX);
    CHECK_FALSE(checked_add(INT64_MAX, 1, &out));
    CHECK_FALSE(checked_mul(INT64_MAX / 2 + 1, 2, &out));
    CHECK_FALSE(checked_floordiv(INT64_MIN, -1, &out));
    CHECK(checked_floordiv(-7, 2, &out));
    CHECK(out == -4);
    CHECK(py_mod(-7, 2) == 1);
    CHECK(py_mod(7, -2) == -1);
    CHECK(py_mod(INT64_MIN, -1) == 0);
    CHECK(checked_pow(3, 39, &out));
    CHECK(BigInt(out) == pow(BigInt(3), 39).value());
    CHECK_FALSE(checked_pow(3, 40, &out));
    CHECK_FALSE(checked_shl(1, 63, &out));
    CHECK(checked_shl(-1, 63, &out));
    CHECK(out == INT64_MIN);
    CHECK(py_shr(-5, 1) == -3);
    CHECK(py_shr(-5, 100) == -1);
    for (int64_t v :
         {int64_t(0), int64_t(-1), int64_t(-2), INT64_MIN, INT64_MAX, int64_t(1) << 61}) {
        CHECK(int64_hash(v) == BigInt(v).hash());
    }
}

TEST_CASE("int64 true division and float comparison agree with the BigInt paths", "[bigint]") {
    const int64_t values[] = {0,
                              1,
                              -1,
                              3,
                              -7,
                              10,
                              (int64_t(1) << 53) - 1,
                              int64_t(1) << 53,
                              (int64_t(1) << 53) + 1,
                              INT64_MAX,
                              INT64_MIN,
                              123456789012345678};
    for (int64_t a : values) {
        for (int64_t b : values) {
            auto fast = int64_true_divide(a, b);
            auto slow = true_divide(BigInt(a), BigInt(b));
            REQUIRE(fast.ok() == slow.ok());
            if (fast.ok()) CHECK(std::memcmp(&fast.value(), &slow.value(), sizeof(double)) == 0);
            double y = double(b) + 0.5;
            CHECK(int64_compare_with_double(a, y) == compare_with_double(BigInt(a), y));
            CHECK(int64_compare_with_double(a, double(b)) ==
                  compare_with_double(BigInt(a), double(b)));
        }
    }
    CHECK(int64_compare_with_double(1, NAN) == 2);
    CHECK(int64_true_divide(1, 0).error().message == "division by zero");
}

TEST_CASE("huge int results are refused with MemoryError instead of exhausting memory",
          "[bigint]") {
    CHECK(pow(BigInt(3), 1000000000).error().kind == NumErrorKind::MemoryError);
    CHECK(shift_left(BigInt(1), int64_t(1) << 30).error().kind == NumErrorKind::MemoryError);
    CHECK(pow(BigInt(2), 100000).value().bit_length() == 100001);
    BigInt half = shift_left(BigInt(1), (int64_t(1) << 27) + 5).value();
    CHECK(multiply(half, half).error().kind == NumErrorKind::MemoryError);
    CHECK(multiply(BigInt(-3), BigInt(7)).value() == BigInt(-21));
    CHECK(pow(BigInt(-1), 1000000000001).value() == BigInt(-1));
}

TEST_CASE("int compares exactly with floats", "[bigint]") {
    BigInt big2_53p1 = BigInt((int64_t(1) << 53) + 1);
    CHECK(compare_with_double(big2_53p1, 9007199254740992.0) == 1);
    CHECK(compare_with_double(BigInt(3), 3.5) == -1);
    CHECK(compare_with_double(BigInt(4), 3.5) == 1);
    CHECK(compare_with_double(BigInt(-4), -3.5) == -1);
    CHECK(compare_with_double(BigInt(-3), -3.0) == 0);
    CHECK(compare_with_double(BigInt(0), NAN) == 2);
    CHECK(compare_with_double(pow(BigInt(10), 400).value(), INFINITY) == -1);
}

// Speed is the bench suite's business (tools/bench), not a timed assertion here.
TEST_CASE("bigint factorial(1000) and 2**10000 convert to text", "[bigint]") {
    BigInt f(1);
    for (int i = 2; i <= 1000; ++i) f = f * BigInt(i);
    BigInt p = pow(BigInt(2), 10000).value();
    size_t len = 0;
    for (int i = 0; i < 20; ++i) len += f.to_string().value().size() + p.to_string().value().size();
    CHECK(len == size_t(20) * (2568 + 3011));
}
