#include "core/version.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

TEST_CASE("version is the project version from CMakeLists.txt") {
    REQUIRE(std::string(loopscope::version()) == LOOPSCOPE_TEST_PROJECT_VERSION);
}

TEST_CASE("version reads as major.minor.patch") {
    std::string v = loopscope::version();
    int dots = 0;
    for (char c : v) {
        if (c == '.') {
            ++dots;
        } else {
            REQUIRE((c >= '0' && c <= '9'));
        }
    }
    REQUIRE(dots == 2);
}
