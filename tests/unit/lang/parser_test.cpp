// parser_test.cpp - the parser builds the same tree as CPython's `ast` module.
#include "lang/ast_dump.h"
#include "lang/parser.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {
struct DumpCase {
    const char* source;
    const char* dump; // from CPython, by gen_ast_dumps.py
};
const DumpCase kDumpCases[] = {
#include "ast_dumps.inc"
};
} // namespace

TEST_CASE("parser produces the same AST as CPython for every snippet", "[lang][parser]") {
    for (const DumpCase& c : kDumpCases) {
        INFO("source:\n" << c.source);
        ParseResult r = parse_module(c.source, "t.py");
        CAPTURE(r.ok() ? std::string() : format_syntax_error(r.error, "t.py"));
        REQUIRE_NOTHROW(r.ok());
        CHECK((r.ok() ? ast::dump(*r.module) : std::string("<SyntaxError>")) ==
              std::string(c.dump));
    }
}
