// deque.h - a native double-ended queue (the role collections.deque plays in CPython's
// locks.py and queues.py): asyncio._deque, for waiter lists and queue items.
#pragma once

#include "lang/ops.h"

namespace loopscope {

// _deque (and the Queue fast paths) into `mod`.
void init_deque_type(Interp& I, DictObj* mod);

} // namespace loopscope
