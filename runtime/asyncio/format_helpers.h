// format_helpers.h - how asyncio writes its objects: reprs of futures and tasks
// (base_futures.py, base_tasks.py), of callbacks (format_helpers.py, with reprlib's limits),
// and the traceback under a logged error.
#pragma once

#include "lang/ops.h"

#include <span>
#include <string>
#include <vector>

namespace loopscope {

struct FutureObj;
struct AsyncState;

std::string future_repr(Interp& I, FutureObj* f); // <Future pending>, <Task finished ...>
// "qualname(arg, ...) at file:line" (format_helpers._format_callback_source).
std::string format_callback_source(Interp& I, Value callback, std::span<const Value> args);
// The traceback asyncio's logger prints under a logged error: as an uncaught exception's, with
// the program's source lines.
std::string logged_traceback(Interp& I, Value exc);

} // namespace loopscope
