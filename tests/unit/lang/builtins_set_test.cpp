// builtins_set_test.cpp - programs from gen_builtins_cases.py ("set" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_set_cases.inc"
};

} // namespace

TEST_CASE("set and frozenset methods and operators print what CPython prints", "[builtins_set]") { builtins_cases::run_all(kCases); }
