// snippet_cases.h - what the interpreter suites share: a Python snippet with the output CPython
// printed for it (records generated into data/*_cases.inc), and the pending exception as text.
#pragma once

#include "lang/ops.h"

#include <catch2/catch.hpp>

#include <string>

namespace loopscope::test {

struct SnippetCase {
    const char* name;
    const char* source;
    const char* expected; // CPython's stdout
};

// The pending exception as "Type: message", cleared.
inline std::string take_error(Interp& I) {
    Value e = I.exc;
    I.exc = Value::none();
    Value s = to_str(I, e);
    REQUIRE(!s.is_error());
    return type_name(I, e) + ": " + std::string(str_view(s));
}

} // namespace loopscope::test
