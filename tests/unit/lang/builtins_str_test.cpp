// builtins_str_test.cpp - programs from gen_builtins_cases.py ("str" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_str_cases.inc"
};

} // namespace

TEST_CASE("str methods, str.format and % formatting print what CPython prints", "[builtins_str]") { builtins_cases::run_all(kCases); }
