// syntax_error.h - a SyntaxError as a value, and its CPython-style rendering.
//
// The lexer, parser and scope pass never throw: they return a SyntaxErrorInfo. Fields mirror
// the attributes of CPython's SyntaxError (msg, lineno, offset, end_lineno, end_offset, text).
#pragma once

#include <string>
#include <string_view>

namespace loopscope {

struct SyntaxErrorInfo {
    // "SyntaxError", "IndentationError" or "TabError"; "RecursionError" for input nested too
    // deeply to compile (CPython raises that from its compiler, printed without location)
    std::string type = "SyntaxError";
    std::string msg;  // e.g. "expected ':'"
    int line = 0;     // 1-based line (CPython's lineno)
    int col = 0;      // 1-based byte offset in `text` (CPython's offset); 0 none
    int end_line = 0; // CPython's end_lineno (0 if unknown)
    int end_col = 0;  // CPython's end_offset, 1-based exclusive (0 if unknown)
    // The source line `line`. As in CPython it keeps its "\n" for errors raised by the parser
    // and lacks it for errors raised by the tokenizer (this changes how many carets a
    // multi-line range gets, so it is kept faithfully).
    std::string text;
    // False for errors CPython prints without a location (source that is not UTF-8).
    bool located = true;
};

// What CPython 3.11 prints to stderr for an uncaught SyntaxError when run as
// `python3 -X no_debug_ranges file.py` (without the "Traceback" header, which a SyntaxError
// raised by the parser does not get), e.g.
//   File "t.py", line 1
//     if x
//         ^
// SyntaxError: expected ':'
std::string format_syntax_error(const SyntaxErrorInfo& err, std::string_view filename);

// Line `line` (1-based) of `source`, with its "\n" if `keep_newline` and it has one;
// "" if out of range.
std::string source_line(std::string_view source, int line, bool keep_newline);

} // namespace loopscope
