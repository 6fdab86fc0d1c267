// queues.h - the bookkeeping of asyncio.Queue, PriorityQueue and LifoQueue (queues.cpp); the
// waiting half is Python (py/queues.py).
#pragma once

#include "lang/ops.h"

namespace loopscope {

struct AsyncState;

// _QueueState(queue, maxsize, order) into `mod` (_asyncio).
void init_queue_state_type(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
