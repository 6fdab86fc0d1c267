// locks_fast.h - the untraced fast paths of py/locks.py's Lock, Semaphore and Event
// (locks_fast.cpp).
#pragma once

#include "lang/ops.h"

namespace loopscope {

// _fast_locks into `mod` (_asyncio): locks.py hands it its classes and gets the natives back.
void init_fast_locks(Interp& I, DictObj* mod);

} // namespace loopscope
