// builtins_functions_test.cpp - programs from gen_builtins_cases.py ("functions" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_functions_cases.inc"
};

} // namespace

TEST_CASE("builtin functions print what CPython prints", "[builtins_functions]") { builtins_cases::run_all(kCases); }
