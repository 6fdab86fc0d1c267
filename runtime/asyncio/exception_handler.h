// exception_handler.h - reporting errors through the loop's exception handler (as CPython's
// loop.call_exception_handler(context)), and the loop methods that set it.
#pragma once

#include "lang/ops.h"

#include <initializer_list>
#include <utility>

namespace loopscope {

struct AsyncState;
struct LoopObj;
struct HandleObj;

// Whether the program imported logging.
bool logging_imported(Interp& I);
// Whether asyncio's logged records go to the run's own sink (AsyncState::log_error) rather than
// the logging module: when the program cannot have configured logging (never imported it), or
// the runner shows them itself (transcript, page: AsyncState::log_hooked).
bool logs_natively(Interp& I);
// logging.getLogger('asyncio').<method>(*args); an error in it is dropped (logging reports its
// own errors).
void log_on_asyncio_logger(Interp& I, const char* method, std::initializer_list<Value> args);
// loop.call_exception_handler({key: value, ...}); false with I.exc set when it raised. When
// `source` (the future, task or handle the report is about) was made in debug mode, the
// context also has its 'source_traceback'.
bool call_exception_handler(Interp& I, LoopObj* loop,
                            std::initializer_list<std::pair<const char*, Value>> context,
                            Value source = Value::undef());
// A callback raised `exc` (Handle._run): "Exception in callback ..." with the handle.
void report_callback_error(Interp& I, LoopObj* loop, HandleObj* h, Value exc);
// loop.set_exception_handler / get_exception_handler, _asyncio._logs_natively, Future.__del__
// (after the loop and future types exist).
void init_exception_handler(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
