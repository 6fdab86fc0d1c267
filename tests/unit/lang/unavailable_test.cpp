// unavailable_test.cpp - what the playground does not offer says so (issue 16, item 7): exec,
// eval, compile and __import__ raise NotImplementedError naming themselves instead of the
// NameError of a missing builtin. (CPython runs them, so this is no golden program.)
#include "lang/run.h"

#include <catch2/catch.hpp>

using namespace loopscope;

TEST_CASE("exec, eval, compile and __import__ are not available in the playground",
          "[unavailable]") {
    CapturedRun r = run_captured("for f in (exec, eval, compile, __import__):\n"
                                 "    try:\n"
                                 "        f('x = 1')\n"
                                 "    except NotImplementedError as e:\n"
                                 "        print(e)\n"
                                 "print(callable(exec), exec.__name__)\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.out == "exec() is not available in the playground\n"
                     "eval() is not available in the playground\n"
                     "compile() is not available in the playground\n"
                     "__import__() is not available in the playground\n"
                     "True exec\n");
}

TEST_CASE("an uncaught exec() names what is missing", "[unavailable]") {
    CapturedRun r = run_captured("eval('1 + 1')\n");
    REQUIRE(r.status == 1);
    REQUIRE(r.err.find("NotImplementedError: eval() is not available in the playground") !=
            std::string::npos);
}
