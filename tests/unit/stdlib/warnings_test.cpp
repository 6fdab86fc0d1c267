// warnings_test.cpp - what warnings.warn prints on the error stream under the default filters.
// CPython prints the same lines with the script's absolute path (which the golden programs
// cannot compare), so the text is checked here: "file:line: Category: message", the source
// line indented by two spaces, once per place; DeprecationWarning only from __main__.
#include "asyncio/asyncio_module.h"
#include "lang/run.h"
#include "support/run_program.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope;

namespace {

using Captured = CapturedRun;

Captured run(std::string_view source) {
    return test::run_program(source);
}

} // namespace

TEST_CASE("warnings.warn prints file, line, category, message and the source line once",
          "[stdlib][warnings]") {
    Captured r = run("import warnings\n"
                     "def check(x):\n"
                     "    if x < 0:\n"
                     "        warnings.warn('negative input', stacklevel=2)\n"
                     "    return abs(x)\n"
                     "for v in (-1, -2):\n"
                     "    check(v)\n"
                     "warnings.warn('old', DeprecationWarning)\n"
                     "warnings.warn('later', FutureWarning)\n"
                     "print('done')\n");
    CHECK(r.status == 0);
    CHECK(r.out == "done\n");
    CHECK(r.err == "main.py:7: UserWarning: negative input\n"
                   "  check(v)\n"
                   "main.py:8: DeprecationWarning: old\n"
                   "  warnings.warn('old', DeprecationWarning)\n"
                   "main.py:9: FutureWarning: later\n"
                   "  warnings.warn('later', FutureWarning)\n");
}

TEST_CASE("warnings: filters silence, repeat or raise what the default prints once",
          "[stdlib][warnings]") {
    Captured r = run("import warnings\n"
                     "warnings.simplefilter('always')\n"
                     "for i in range(2):\n"
                     "    warnings.warn('again')\n"
                     "warnings.simplefilter('ignore', UserWarning)\n"
                     "warnings.warn('hidden')\n"
                     "warnings.warn('shown', RuntimeWarning)\n"
                     "warnings.simplefilter('error')\n"
                     "warnings.warn('fatal')\n");
    CHECK(r.status == 1);
    CHECK(r.err.rfind("main.py:4: UserWarning: again\n"
                      "  warnings.warn('again')\n"
                      "main.py:4: UserWarning: again\n"
                      "  warnings.warn('again')\n"
                      "main.py:7: RuntimeWarning: shown\n"
                      "  warnings.warn('shown', RuntimeWarning)\n"
                      "Traceback (most recent call last):\n",
                      0) == 0);
    CHECK(r.err.find("UserWarning: fatal\n") != std::string::npos);
    CHECK(r.err.find("hidden") == std::string::npos);
}
