// lexer.h - Python source to tokens, with INDENT/DEDENT (mirrors CPython's Parser/tokenizer.c).
//
// tokenize() runs over the whole source up front. It stops at the first tokenizer error and
// ends the token list with a Tok::Error token there; the parser reports that error when it
// reaches the token. Like CPython, some tokenizer errors also win over a parser error found
// earlier in the file (see LexResult::error_overrides).
#pragma once

#include "lang/syntax_error.h"
#include "lang/token.h"

#include <string_view>
#include <vector>

namespace loopscope {

struct LexResult {
    std::vector<Token> tokens; // ends with EndMarker, or with an Error token on failure
    bool has_error = false;
    SyntaxErrorInfo error; // valid if has_error
    // true for errors CPython's tokenizer raises itself (bad literal, unterminated string,
    // mismatched bracket...): CPython reports them even when the parser failed earlier.
    bool error_overrides = false;
    // For an EOF inside brackets: line of the innermost unclosed bracket, else 0. CPython
    // reports "'(' was never closed" over a parser error on a LATER line.
    int unclosed_bracket_line = 0;
};

// Tokenize a whole module. Never fails other than through LexResult::error.
LexResult tokenize(std::string_view source);

// Where tokenize_range() starts, for the expressions inside f-strings: tokens keep their
// positions in the whole file.
struct LexOptions {
    size_t begin = 0;          // byte offset of the first character to tokenize
    size_t end = 0;            // byte offset one past the last character
    int line = 1;              // line number at `begin`
    size_t line_start = 0;     // byte offset of the start of that line
    bool fstring_expr = false; // no NEWLINE/INDENT/DEDENT: lex as if inside brackets
};
LexResult tokenize_range(std::string_view source, const LexOptions& options);

// Byte offset -> character offset within a UTF-8 line (CPython reports character offsets).
int utf8_char_offset(std::string_view line, int byte_offset);

} // namespace loopscope
