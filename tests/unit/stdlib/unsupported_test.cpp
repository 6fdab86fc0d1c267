// unsupported_test.cpp - what the standard modules say where the playground cannot follow
// CPython: modules that make no sense in a browser, and functions that are not supported.
// CPython cannot produce these outputs (it supports them), so they are checked here.
#include "asyncio/asyncio_module.h"
#include "lang/run.h"
#include "support/run_program.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>

using namespace loopscope;

namespace {

using Captured = CapturedRun;

Captured run(std::string_view source) {
    return test::run_program(source);
}

} // namespace

TEST_CASE("modules that cannot exist in a browser say why and what to use", "[stdlib]") {
    for (const char* name : {"subprocess", "multiprocessing"}) {
        Captured r = run(std::string("import ") + name + "\n");
        INFO(r.err);
        CHECK(r.status != 0);
        CHECK(r.err.find(std::string("ImportError: ") + name +
                         " is not available in the playground") != std::string::npos);
        CHECK(r.err.find("asyncio.to_thread") != std::string::npos);
    }
    // no file descriptors, no network of the host's: each names what to use instead
    const std::pair<const char*, const char*> network[] = {{"socket", "asyncio.open_connection"},
                                                           {"ssl", "https://"},
                                                           {"select", "asyncio.wait"},
                                                           {"selectors", "asyncio.wait"},
                                                           {"tkinter", "print()"},
                                                           {"turtle", "print()"},
                                                           {"curses", "print()"},
                                                           {"readline", "input()"},
                                                           {"ctypes", "Python"},
                                                           {"mmap", "open()"}};
    for (auto [name, instead] : network) {
        Captured r = run(std::string("import ") + name + "\n");
        INFO(r.err);
        CHECK(r.status != 0);
        CHECK(r.err.find(std::string("ImportError: ") + name +
                         " is not available in the playground") != std::string::npos);
        CHECK(r.err.find(instead) != std::string::npos);
    }
    // a failed import leaves no half-made module behind: the second import fails the same way
    Captured again = run("try:\n    import subprocess\nexcept ImportError:\n    pass\n"
                         "import sys\nprint('subprocess' in sys.modules)\n");
    CHECK(again.out == "False\n");
}

TEST_CASE("a run without program input says so at input() and sys.stdin", "[stdlib]") {
    // the page's runs have no standard input (the CLI's read the command's)
    Captured r = run("input('name? ')\n");
    CHECK(r.status != 0);
    CHECK(r.err.find("NotImplementedError: input() is not available here: this run has no "
                     "program input") != std::string::npos);
    Captured s =
        run("import sys\ntry:\n    sys.stdin.readline()\nexcept NotImplementedError as e:\n"
            "    print(e)\ninput()\n");
    CHECK(s.out.find("sys.stdin is not available here") == 0);
    CHECK(s.err.find("NotImplementedError: input() is not available") != std::string::npos);
}

TEST_CASE("unsupported functions raise and say so", "[stdlib]") {
    Captured r = run("import random, sys, inspect, contextlib, logging, re\n"
                     "calls = [random.getstate, random.SystemRandom, sys.getsizeof,\n"
                     "         inspect.signature,\n"
                     "         lambda: logging.FileHandler('x.log'),\n"
                     "         lambda: re.compile('a++'), lambda: re.compile('(?>a)')]\n"
                     "for c in calls:\n"
                     "    try:\n"
                     "        c(1) if c in (sys.getsizeof, inspect.signature) else c()\n"
                     "    except (NotImplementedError, re.error) as e:\n"
                     "        print(type(e).__name__, e)\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const char* expected[] = {
        "NotImplementedError random.getstate is not supported in the playground",
        "NotImplementedError random.SystemRandom is not supported in the playground",
        "NotImplementedError sys.getsizeof is not supported in the playground",
        "NotImplementedError inspect.signature is not supported in the playground",
        "NotImplementedError logging.FileHandler is not supported in the playground",
        "error possessive quantifiers are not supported in the playground at position 2",
        "error atomic groups are not supported in the playground at position 2",
    };
    for (const char* line : expected) {
        INFO(line);
        CHECK(r.out.find(line) != std::string::npos);
    }
}
