// deque.h - a native double-ended queue (the role collections.deque plays in CPython's
// locks.py): _asyncio._deque, for the waiter lists of the locks.
#pragma once

#include "lang/ops.h"

namespace loopscope {

// _deque into `mod`.
void init_deque_type(Interp& I, DictObj* mod);

} // namespace loopscope
