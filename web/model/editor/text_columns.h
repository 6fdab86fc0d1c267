// text_columns.h - byte columns, UTF-8 steps and visual columns for the code editor.
//
// The editor stores text as UTF-8 lines and addresses it by byte column (as the interpreter's
// lexer does), but the cursor moves by whole code points and the screen is a monospace grid:
// one cell per code point, a tab advancing to the next multiple of kTabWidth. Invalid UTF-8
// never fails: each stray byte counts as one code point of one cell.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace loopscope::editor {

inline constexpr int kTabWidth = 4;    // display width of a tab stop
inline constexpr int kIndentWidth = 4; // spaces per indentation level (PEP 8)

// Byte index of the code point after the one starting at `i` (i < size), or size.
int utf8_next(std::string_view s, int i);
// Byte index of the code point before `i` (i > 0), or 0.
int utf8_prev(std::string_view s, int i);
// `i` moved back to the start of the code point containing it (clamped to [0, size]).
int utf8_floor(std::string_view s, int i);
// Appends a code point as UTF-8; invalid code points become U+FFFD.
void append_utf8(std::string& out, uint32_t code_point);

// Screen cell of byte column `byte_col` on `line` (tabs expanded, one cell per code point).
int visual_column(std::string_view line, int byte_col);
// The byte column (a code point boundary) whose cell edge is nearest to `visual` (a fractional
// cell position, e.g. from a mouse x); past the end gives the line's length.
int byte_column_at(std::string_view line, float visual);

// Word characters for word moves and double-click: letters, digits, '_' and any non-ASCII
// byte (Python identifiers may be Unicode).
bool is_word_byte(unsigned char c);
bool is_space_byte(unsigned char c); // ' ' or '\t'

// Number of leading spaces/tabs of `line`, in bytes.
int leading_whitespace(std::string_view line);

} // namespace loopscope::editor
