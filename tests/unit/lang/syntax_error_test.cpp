// syntax_error_test.cpp - every syntax error prints exactly what CPython 3.11 prints.
#include "lang/lexer.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {
struct SyntaxErrorCase {
    const char* source;
    const char* stderr_text; // `python3 -X no_debug_ranges t.py` (gen_syntax_errors.py)
};
const SyntaxErrorCase kCases[] = {
#include "syntax_errors.inc"
};
} // namespace

TEST_CASE("syntax errors are reported with CPython's message, line and carets",
          "[lang][syntax_error]") {
    int mismatches = 0;
    for (const SyntaxErrorCase& c : kCases) {
        INFO("source:\n" << c.source);
        ParseResult r = parse_and_resolve(c.source, "t.py");
        std::string got = r.ok() ? "<no error>" : format_syntax_error(r.error, "t.py");
        if (got != c.stderr_text) ++mismatches;
        CHECK(got == c.stderr_text);
    }
    INFO("cases: " << sizeof(kCases) / sizeof(kCases[0]));
    CHECK(mismatches == 0);
}

TEST_CASE("format_syntax_error strips indentation and draws a caret range",
          "[lang][syntax_error]") {
    SyntaxErrorInfo e;
    e.msg = "cannot assign to function call";
    e.line = 3;
    e.col = 5;
    e.end_line = 3;
    e.end_col = 8;
    e.text = "    f() = 1\n";
    CHECK(format_syntax_error(e, "m.py") == "  File \"m.py\", line 3\n    f() = 1\n"
                                            "    ^^^\nSyntaxError: cannot assign to function "
                                            "call\n");
    e.type = "IndentationError"; // subclasses print a single caret
    CHECK(format_syntax_error(e, "m.py").find("    ^\n") != std::string::npos);
}
