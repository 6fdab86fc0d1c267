// builtins_dict_test.cpp - programs from gen_builtins_cases.py ("dict" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_dict_cases.inc"
};

} // namespace

TEST_CASE("dict methods, views and iteration print what CPython prints", "[builtins_dict]") { builtins_cases::run_all(kCases); }
