// traceback_markers.h - the line of ^ (and ~) CPython 3.11 prints under a traceback's source
// line to mark the expression that failed (PEP 657).
//
// CPython has two printers with slightly different rules, and a learner meets both: the
// interpreter's own (Python/traceback.c, for an uncaught exception) and traceback.py's
// StackSummary.format_frame_summary (traceback.print_exc / format_exc / print_stack, and the
// asyncio messages logged with a traceback, e.g. "Task exception was never retrieved").
#pragma once

#include "lang/positions.h"

#include <string>
#include <string_view>

namespace loopscope {

enum class TracebackStyle {
    Interpreter, // Python/traceback.c (tb_displayline): the uncaught exception
    Module,      // traceback.py (format_frame_summary): the traceback module, logging
};

// The marker line (with its 4-space margin and a newline) for the range `r` under the source
// line `line` (its text without the line end), or "" when CPython prints none: no columns, or
// a plain range that covers the whole stripped line.
std::string position_markers(std::string_view line, const SourceRange& r, TracebackStyle style);

} // namespace loopscope
