// lexer_test.cpp - the token stream matches CPython's tokenizer (INDENT/DEDENT, NEWLINE,
// brackets, continuation lines, comments, tabs, literals).
#include "lang/lexer.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {

struct TokenCase {
    const char* source;
    const char* tokens; // from CPython's tokenize module (gen_tokens.py)
};
const TokenCase kTokenCases[] = {
#include "tokens.inc"
};

// Same format as gen_tokens.py.
std::string render(const LexResult& r) {
    std::string out;
    for (const Token& t : r.tokens) {
        if (!out.empty()) out += "\n";
        char pos[64];
        switch (t.type) {
            case Tok::Name:
            case Tok::Number:
            case Tok::String:
                out += t.type == Tok::Name     ? "NAME "
                       : t.type == Tok::Number ? "NUMBER "
                                               : "STRING ";
                out += t.text;
                snprintf(pos, sizeof pos, " @%d:%d-%d:%d", t.line, t.col, t.end_line, t.end_col);
                out += pos;
                break;
            case Tok::Newline:
                snprintf(pos, sizeof pos, "NEWLINE @%d:%d", t.line, t.col);
                out += pos;
                break;
            case Tok::Indent:
            case Tok::Dedent:
                snprintf(pos, sizeof pos, "%s @%d", t.type == Tok::Indent ? "INDENT" : "DEDENT",
                         t.line);
                out += pos;
                break;
            case Tok::EndMarker: out += "ENDMARKER"; break;
            default:
                out += "OP ";
                out += t.text;
                snprintf(pos, sizeof pos, " @%d:%d-%d:%d", t.line, t.col, t.end_line, t.end_col);
                out += pos;
                break;
        }
    }
    return out;
}

// CPython's tokenize module places DEDENTs made at end of file on the line after the last
// one; the C tokenizer (which error messages depend on) keeps them on the last line.
std::string normalize_eof_dedents(std::string s) {
    size_t end = s.rfind("\nENDMARKER");
    if (end == std::string::npos) return s;
    size_t i = end;
    for (;;) {
        size_t line_start = s.rfind('\n', i - 1);
        if (line_start == std::string::npos) break;
        if (s.compare(line_start + 1, 7, "DEDENT ") != 0) break;
        s.replace(line_start + 1, i - line_start - 1, "DEDENT @eof");
        i = line_start;
    }
    return s;
}

} // namespace

TEST_CASE("token streams match CPython's tokenizer", "[lang][lexer]") {
    for (const TokenCase& c : kTokenCases) {
        INFO("source:\n" << c.source);
        LexResult r = tokenize(c.source);
        REQUIRE_FALSE(r.has_error);
        CHECK(normalize_eof_dedents(render(r)) == normalize_eof_dedents(c.tokens));
    }
}

TEST_CASE("lexer keeps NEWLINE out of brackets and blank lines", "[lang][lexer]") {
    LexResult r = tokenize("f(1,\n\n  2)\n\n# c\nx\n");
    int newlines = 0;
    for (const Token& t : r.tokens) newlines += t.type == Tok::Newline;
    CHECK(newlines == 2);
}

TEST_CASE("lexer classifies keywords", "[lang][lexer]") {
    LexResult r = tokenize("async await None nonlocal foo\n");
    REQUIRE(r.tokens.size() >= 5);
    CHECK(r.tokens[0].kw == Kw::Async);
    CHECK(r.tokens[1].kw == Kw::Await);
    CHECK(r.tokens[2].kw == Kw::None_);
    CHECK(r.tokens[3].kw == Kw::Nonlocal);
    CHECK(r.tokens[4].kw == Kw::None);
}

TEST_CASE("lexer stops at the first error with an error token", "[lang][lexer]") {
    LexResult r = tokenize("x = 1\ny = 'abc\nz = 2\n");
    REQUIRE(r.has_error);
    CHECK(r.tokens.back().type == Tok::Error);
    CHECK(r.error.msg == "unterminated string literal (detected at line 2)");
    CHECK(r.error_overrides);
}

TEST_CASE("lexer limits bracket nesting to 200 like CPython", "[lang][lexer]") {
    LexResult ok = tokenize(std::string(200, '(') + std::string(200, ')') + "\n");
    CHECK_FALSE(ok.has_error);
    LexResult deep = tokenize(std::string(201, '(') + "\n");
    REQUIRE(deep.has_error);
    CHECK(deep.error.msg == "too many nested parentheses");
}

TEST_CASE("lexer skips a UTF-8 byte order mark", "[lang][lexer]") {
    LexResult r = tokenize("\xEF\xBB\xBFx = 1\n");
    REQUIRE_FALSE(r.has_error);
    CHECK(r.tokens[0].text == "x");
    CHECK(r.tokens[0].col == 0);
}
