// builtins_number_test.cpp - programs from gen_builtins_cases.py ("number" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_number_cases.inc"
};

} // namespace

TEST_CASE("int, float and bool constructors, repr, round and format print what CPython prints", "[builtins_number]") { builtins_cases::run_all(kCases); }
