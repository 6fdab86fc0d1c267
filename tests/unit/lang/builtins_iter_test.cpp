// builtins_iter_test.cpp - programs from gen_builtins_cases.py ("iter" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_iter_cases.inc"
};

} // namespace

TEST_CASE("range, slice and the builtin iterators print what CPython prints", "[builtins_iter]") { builtins_cases::run_all(kCases); }
