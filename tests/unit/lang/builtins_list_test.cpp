// builtins_list_test.cpp - programs from gen_builtins_cases.py ("list" area) against the
// output CPython 3.11 gave for them.
#include "builtins_cases.h"

namespace {

const builtins_cases::Case kCases[] = {
#include "data/builtins_list_cases.inc"
};

} // namespace

TEST_CASE("list and tuple methods, slicing and sorting print what CPython prints", "[builtins_list]") { builtins_cases::run_all(kCases); }
