// builtins_cases.h - runs the generated builtins_<area>_cases.inc programs (see
// gen_builtins_cases.py) and compares their output with what CPython 3.11 printed.
#pragma once

#include <catch2/catch.hpp>

#include "lang/run.h"
#include "support/snippet_cases.h"

#include <string>

namespace builtins_cases {

using Case = loopscope::test::SnippetCase; // the source has the generator's t(f) prelude

template <size_t N>
void run_all(const Case (&cases)[N]) {
    for (const Case& c : cases) {
        INFO("case: " << c.name);
        loopscope::CapturedRun r = loopscope::run_captured(c.source, "case.py");
        CHECK(r.err == "");
        CHECK(r.out == std::string(c.expected));
    }
}

} // namespace builtins_cases
