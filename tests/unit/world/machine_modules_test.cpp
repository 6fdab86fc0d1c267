// machine_modules_test.cpp - what platform, getpass and locale say about the playground's
// documented machine (docs/standard-modules.md), which CPython cannot tell: its answers are the
// real machine's. The golden topics platform_module, getpass_module and locale_module check
// the rest against CPython.
#include "support/run_program.h"
#include "world/world_modules.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope;

namespace {

CapturedRun run(const std::string& source) {
    return test::run_program(source, register_program_modules);
}

} // namespace

TEST_CASE("platform: the documented machine", "[world][platform]") {
    CapturedRun r = run("import platform\n"
                        "print(platform.uname())\n"
                        "print(platform.platform(), platform.platform(terse=True))\n"
                        "print(platform.architecture(), platform.python_implementation(),\n"
                        "      platform.python_version(), platform.python_build())\n"
                        "print(platform.python_compiler(), repr(platform.processor()))\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "uname_result(system='Emscripten', node='loopscope', release='3.1.45', "
                   "version='#1', machine='wasm32')\n"
                   "Emscripten-3.1.45-wasm32-64bit Emscripten-3.1.45\n"
                   "('64bit', '') CPython 3.11.7 ('main', 'Jan  1 2026 00:00:00')\n"
                   "Clang 17.0.0 (Emscripten 3.1.45) ''\n");
}

TEST_CASE("getpass: the documented user, no program input", "[world][getpass]") {
    CapturedRun r = run("import getpass, os\n"
                        "print(getpass.getuser())\n"
                        "del os.environ['USER']\n"
                        "print(getpass.getuser())\n"
                        "try:\n"
                        "    getpass.getpass()\n"
                        "except NotImplementedError as e:\n"
                        "    print(e)\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "learner\nlearner\n"
                   "getpass() is not available here: this run has no program input (in the "
                   "page, write the value into the program: password = 'secret')\n");
}

TEST_CASE("locale: a program starts as with LANG=C.UTF-8", "[world][locale]") {
    CapturedRun r = run("import locale\n"
                        "print(locale.setlocale(locale.LC_CTYPE), locale.getlocale())\n"
                        "print(locale.setlocale(locale.LC_ALL, ''), locale.getencoding())\n"
                        "print(locale.getpreferredencoding())\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "C.UTF-8 ('en_US', 'UTF-8')\nC.UTF-8 UTF-8\nUTF-8\n");
}
