// format_helpers.h - how asyncio writes its objects: reprs of futures and tasks
// (base_futures.py, base_tasks.py), of callbacks (format_helpers.py, with reprlib's limits),
// and the logged "Exception in callback ..." error.
#pragma once

#include "lang/ops.h"

#include <string>
#include <vector>

namespace loopscope {

struct FutureObj;
struct AsyncState;

std::string future_repr(Interp& I, FutureObj* f); // <Future pending>, <Task finished ...>
// "qualname(arg, ...) at file:line" (format_helpers._format_callback_source).
std::string format_callback_source(Interp& I, Value callback, const std::vector<Value>& args);
// "ValueError('x', 1)": an exception's repr without running Python code.
std::string plain_exc_repr(Interp& I, Value exc);
// The traceback asyncio's logger prints under a logged error: as an uncaught exception's, with
// the program's source lines. The _no_python form is for finalizers (no Python code may run):
// "" when an exception's __str__ is the program's own.
std::string logged_traceback(Interp& I, Value exc);
std::string logged_traceback_no_python(Interp& I, Value exc);
// asyncio's "Exception in callback ..." (base_events.call_exception_handler).
void log_callback_error(Interp& I, AsyncState* st, Value callback, const std::vector<Value>& args,
                        Value exc);

} // namespace loopscope
