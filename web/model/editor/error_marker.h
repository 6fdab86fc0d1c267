// error_marker.h - an error to mark in the code editor (squiggle, gutter mark, hover message).
#pragma once

#include <string>

namespace loopscope {
struct SyntaxErrorInfo;
}

namespace loopscope::editor {

// Lines and columns as CPython reports them: 1-based, end column exclusive.
struct ErrorMarker {
    int line = 0;        // 1-based line
    int column = 0;      // 1-based byte column; 0 = mark the whole line
    int end_line = 0;    // 0 = same line
    int end_column = 0;  // 1-based exclusive; 0 = the word at `column`
    std::string message; // shown on hover, e.g. "SyntaxError: expected ':'"
};

// The marker of a compile error: its location and "SyntaxError: msg".
ErrorMarker error_marker_from(const SyntaxErrorInfo& err);

} // namespace loopscope::editor
