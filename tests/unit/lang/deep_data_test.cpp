// deep_data_test.cpp - hashing data nested deeper than the recursion limit raises RecursionError
// instead of overflowing the C++ stack (CPython 3.11 itself crashes here, so this is no golden
// program). Comparisons and isinstance: tests/golden/deep_data.
#include "lang/run.h"

#include <catch2/catch.hpp>

using namespace loopscope;

TEST_CASE("hashing deeply nested tuples raises RecursionError", "[deep]") {
    CapturedRun r = run_captured("t = ()\n"
                                 "for i in range(200000):\n"
                                 "    t = (t,)\n"
                                 "for f in (hash, lambda t: {t: 1}, lambda t: {t}):\n"
                                 "    try:\n"
                                 "        f(t)\n"
                                 "    except RecursionError as e:\n"
                                 "        print(e)\n"
                                 "print(hash(((1, 2), (3,))) == hash(((1, 2), (3,))))\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const char* line = "maximum recursion depth exceeded while calling a Python object\n";
    REQUIRE(r.out == std::string(line) + line + line + "True\n");
}
