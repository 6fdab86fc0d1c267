// The one main() of loopscope_tests; every other file under tests/unit/ only adds TEST_CASEs.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
