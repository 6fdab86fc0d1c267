// A read-only Python source view: line-number gutter plus a small syntax highlighter. It is a
// display aid only; the interpreter's own lexer (runtime/lang) stays the authority on Python.
#pragma once

#include <string_view>

struct ImFont;

namespace loopscope {

// Token classes the highlighter colors.
enum class CodeTokenKind { Text, Keyword, Async, String, Number, Comment, Call, Builtin };

// One colored run within a line: [begin, end) byte offsets.
struct CodeToken {
    CodeTokenKind kind;
    int begin;
    int end;
};

// Splits one line into colored runs; writes at most `capacity` tokens, returns the count.
int highlight_python_line(std::string_view line, CodeToken* out, int capacity);

// What the view marks on top of the text while a run is stepped.
struct CodeMarks {
    int current_line = 0;        // the line about to run at the cursor (1-based, 0: none)
    int picked_line = 0;         // a line picked elsewhere (a console line's source)
    int error_line = 0;          // a syntax error's line (0: none)
    const char* error = nullptr; // its message, drawn under the line
    int* jump_line = nullptr;    // when *jump_line > 0: scroll it into view, then set it to 0
};

// Draws `source` in the current ImGui window/child with the given monospace font, filling the
// available region (scrolls when the source is taller).
void draw_code_view(const char* id, std::string_view source, ImFont* mono,
                    const CodeMarks& marks = {});

} // namespace loopscope
