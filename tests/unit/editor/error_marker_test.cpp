#include "model/editor/error_marker.h"

#include "lang/syntax_error.h"

#include <catch2/catch.hpp>

using loopscope::SyntaxErrorInfo;
using loopscope::editor::error_marker_from;

TEST_CASE("a syntax error becomes a marker at its CPython location with its type and message") {
    SyntaxErrorInfo err;
    err.type = "IndentationError";
    err.msg = "expected an indented block after 'if' statement on line 1";
    err.line = 2;
    err.col = 5;
    err.end_line = 2;
    err.end_col = 9;
    const auto m = error_marker_from(err);
    REQUIRE(m.line == 2);
    REQUIRE(m.column == 5);
    REQUIRE(m.end_line == 2);
    REQUIRE(m.end_column == 9);
    REQUIRE(m.message ==
            "IndentationError: expected an indented block after 'if' statement on line 1");
}
