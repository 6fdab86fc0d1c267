// complex_test.cpp - the complex type (lang/complex_object.h) through the ops API: making
// complex values, the arithmetic operators on them and on mixed operands, repr, hash and the
// errors, and the compiler's imaginary literals. Expected texts are what CPython 3.11 printed.
#include "lang/complex_object.h"
#include "lang/ops.h"
#include "lang/vm.h"

#include "support/run_program.h"
#include "support/snippet_cases.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace loopscope;
using loopscope::test::take_error;

namespace {

std::string text(Interp& I, Value v) {
    REQUIRE(!v.is_error());
    Value s = repr(I, v);
    REQUIRE(!s.is_error());
    return std::string(str_view(s));
}

} // namespace

TEST_CASE("complex values are made, read back and printed as CPython's repr", "[complex]") {
    Interp I;
    Value z = new_complex(I, 1.0, 2.0);
    double re = 0, im = 0;
    REQUIRE(complex_parts(I, z, &re, &im));
    CHECK(re == 1.0);
    CHECK(im == 2.0);
    CHECK_FALSE(complex_parts(I, Value::floating(1.0), &re, &im));
    CHECK(text(I, z) == "(1+2j)");
    CHECK(text(I, new_complex(I, -0.0, -0.0)) == "(-0-0j)");
    CHECK(text(I, new_complex(I, 0.0, 1e16)) == "1e+16j");
    CHECK(text(I, new_complex(I, 0.0, -0.0)) == "-0j");
    CHECK(text(I, new_complex(I, NAN, INFINITY)) == "(nan+infj)");
    CHECK(type_name(I, z) == "complex");
}

TEST_CASE("arithmetic mixes complex with int and float and keeps CPython's rounding", "[complex]") {
    Interp I;
    Value a = new_complex(I, 1.0, 2.0), b = new_complex(I, 3.0, -4.0);
    CHECK(text(I, binary_op(I, BinOp::Mul, a, b)) == "(11+2j)");
    CHECK(text(I, binary_op(I, BinOp::TrueDiv, a, b)) == "(-0.2+0.4j)");
    CHECK(text(I, binary_op(I, BinOp::Pow, a, Value::floating(0.5))) ==
          "(1.272019649514069+0.7861513777574233j)");
    CHECK(text(I, binary_op(I, BinOp::Add, Value::integer(1), a)) == "(2+2j)");
    CHECK(text(I, binary_op(I, BinOp::Sub, Value::boolean(true), a)) == "-2j");
    CHECK(text(I, unary_op(I, UnaryOp::Neg, new_complex(I, 0.0, 0.0))) == "(-0-0j)");
    // a negative float base with a non-integral exponent gives a complex, as float_pow
    CHECK(text(I, binary_op(I, BinOp::Pow, Value::integer(-8), Value::floating(1.0 / 3.0))) ==
          "(1.0000000000000002+1.7320508075688772j)");
}

TEST_CASE("complex errors carry CPython's types and messages", "[complex]") {
    Interp I;
    Value z = new_complex(I, 1.0, 0.0), zero = new_complex(I, 0.0, 0.0);
    REQUIRE(binary_op(I, BinOp::TrueDiv, z, Value::integer(0)).is_error());
    CHECK(take_error(I) == "ZeroDivisionError: complex division by zero");
    REQUIRE(binary_op(I, BinOp::Pow, zero, Value::integer(-1)).is_error());
    CHECK(take_error(I) == "ZeroDivisionError: 0.0 to a negative or complex power");
    REQUIRE(binary_op(I, BinOp::FloorDiv, z, Value::integer(2)).is_error());
    CHECK(take_error(I) == "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
    REQUIRE(compare(I, z, z, CmpOp::Lt).is_error());
    CHECK(take_error(I) ==
          "TypeError: '<' not supported between instances of 'complex' and 'complex'");
    REQUIRE(binary_op(I, BinOp::Pow, new_complex(I, 1e200, 0.0), Value::integer(3)).is_error());
    CHECK(take_error(I) == "OverflowError: complex exponentiation");
}

TEST_CASE("complex equals and hashes like the int or float it equals", "[complex]") {
    Interp I;
    int64_t h1 = 0, h2 = 0;
    REQUIRE(hash(I, new_complex(I, 1.0, 0.0), &h1));
    REQUIRE(hash(I, Value::integer(1), &h2));
    CHECK(h1 == h2);
    REQUIRE(hash(I, new_complex(I, 2.5, -3.0), &h1));
    CHECK(h1 == 1152921504603846969);
    CHECK(eq(I, new_complex(I, 2.5, 0.0), Value::floating(2.5)) == 1);
    CHECK(eq(I, new_complex(I, 2.5, 1.0), Value::floating(2.5)) == 0);
}

TEST_CASE("imaginary literals compile to complex constants", "[complex]") {
    auto r = test::run_program("print(1j, 2.5J, 1e3j, -0j, 1 + 2j, type(3j).__name__)\n");
    CHECK(r.status == 0);
    CHECK(r.out == "1j 2.5j 1000j (-0-0j) (1+2j) complex\n");
}
