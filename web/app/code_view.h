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

// Draws `source` in the current ImGui window/child with the given monospace font, filling the
// available region (scrolls when the source is taller).
void draw_code_view(const char* id, std::string_view source, ImFont* mono);

} // namespace loopscope
