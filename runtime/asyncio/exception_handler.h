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

// loop.call_exception_handler({key: value, ...}); false with I.exc set when it raised.
bool call_exception_handler(Interp& I, LoopObj* loop,
                            std::initializer_list<std::pair<const char*, Value>> context);
// A callback raised `exc` (Handle._run): "Exception in callback ..." with the handle.
void report_callback_error(Interp& I, LoopObj* loop, HandleObj* h, Value exc);
// loop.set_exception_handler / get_exception_handler, _asyncio._logs_natively, Future.__del__
// (after the loop and future types exist).
void init_exception_handler(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
