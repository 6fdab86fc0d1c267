// deque.h - a native double-ended queue (the role collections.deque plays in CPython's
// locks.py): _asyncio._deque, for the waiter lists of the locks.
#pragma once

#include "lang/ops.h"

#include <deque>

namespace loopscope {

// The items of `v` when it is a _deque (nullptr otherwise): for the natives of locks_fast.cpp.
std::deque<Value>* deque_items(Value v);

// _deque into `mod`.
void init_deque_type(Interp& I, DictObj* mod);

} // namespace loopscope
