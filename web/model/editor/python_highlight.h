// python_highlight.h - a tolerant Python tokenizer for colouring the editor, line by line.
//
// It never fails: any byte sequence (half-typed code, unterminated strings, random bytes)
// yields tokens that cover the line exactly, in order. It is a display aid; the interpreter's
// lexer (runtime/lang/lexer.h) stays the authority on what is valid Python.
//
// Strings that continue on the next line (triple-quoted, or a backslash before the line end)
// carry over in a HighlightState, so highlight a text by feeding each line the state the
// previous line returned (highlight_lines does that). f-strings are split into their literal
// parts and their {replacement fields}, which are highlighted as code; as in CPython 3.11, the
// f-string's own quote ends it even inside a field, and other quotes start nested strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::editor {

// What a run of characters is, for colouring.
enum class TokenKind : uint8_t {
    Text,             // names, blanks, anything unclassified
    Keyword,          // def, return, if, import, ...
    AsyncKeyword,     // async, await: the point of the lessons, coloured apart
    SoftKeyword,      // match, case, _ (in a case), type (alias): keywords only in context
    Constant,         // True, False, None
    Builtin,          // print, len, range, Exception, asyncio ...
    FunctionName,     // the name after def
    ClassName,        // the name after class
    Call,             // a name directly followed by '('
    Decorator,        // @name.attr at the start of a line
    Number,           // 12, 0x1F, 1_000, 3.5e-2, 2j
    String,           // literal text of a string, with its prefix and quotes
    StringEscape,     // \n, \x41, {{ in f-strings ...
    FStringDelimiter, // { } of a replacement field, its !r conversion and : before the spec
    Comment,          // # to the end of the line
    Operator,         // + - * / = == -> := ...
    Punctuation,      // ( ) [ ] { } , : . ;
};
inline constexpr int kTokenKindCount = static_cast<int>(TokenKind::Punctuation) + 1;

// Name of a kind, for tests and debugging ("keyword", "string", ...).
const char* token_kind_name(TokenKind kind);

// One coloured run of a line: bytes [begin, end).
struct HighlightToken {
    TokenKind kind;
    int begin;
    int end;
};

// Open constructs at a line end: a stack of string / f-string field frames.
struct HighlightState {
    enum class FrameKind : uint8_t { String, Field, FormatSpec };
    struct Frame {
        FrameKind kind = FrameKind::String;
        char quote = 0;         // String: ' or "
        bool triple = false;    // String: ''' or """
        bool raw = false;       // String: r prefix (backslashes are not escapes)
        bool fstring = false;   // String: f prefix ({ opens a field)
        bool continued = false; // String: a backslash ended the line (single-quoted strings)
        uint8_t depth = 0;      // Field: open brackets inside the field
    };
    static constexpr int kMaxFrames = 8; // deeper nesting is highlighted as plain string text
    Frame frames[kMaxFrames];
    int count = 0; // frames in use; 0 = plain code

    bool in_string() const { return count > 0; }
};
bool operator==(const HighlightState& a, const HighlightState& b);
inline bool operator!=(const HighlightState& a, const HighlightState& b) {
    return !(a == b);
}

// Tokenizes one line (without its '\n') starting in `state`; appends the tokens to `out` (not
// cleared) and returns the state at the end of the line.
HighlightState highlight_line(std::string_view line, const HighlightState& state,
                              std::vector<HighlightToken>& out);

// Tokenizes every line; out[i] holds line i's tokens.
void highlight_lines(const std::vector<std::string>& lines,
                     std::vector<std::vector<HighlightToken>>& out);

// The code part of a line: before its '#' comment (a '#' inside a one-line string literal is not
// one), without trailing blanks. "if x:  # why" -> "if x:".
std::string_view python_code_part(std::string_view line);

// True if `word` is a Python builtin function, exception or type name (or asyncio).
bool is_python_builtin(std::string_view word);

} // namespace loopscope::editor
