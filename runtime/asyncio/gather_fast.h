// gather_fast.h - asyncio.gather natively in untraced runs (gather_fast.cpp).
#pragma once

#include "lang/ops.h"

namespace loopscope {

struct AsyncState;

// _fast_gather into `mod` (_asyncio): tasks.py hands it its gather and gets the native back.
void init_gather_fast(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
