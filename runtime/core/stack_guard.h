// stack_guard.h - is the machine stack nearly used up? Python code called from native code
// (a property, a dunder, a key function, map, bool()) nests a native call per level; the
// recursion limit counts Python frames, as CPython does, but a level's native cost differs by
// build (sanitizers make frames larger; in wasm, V8's stack of about 1 MB is shared with the
// page). Where the interpreter enters Python from native code it also asks this, and raises
// RecursionError instead of overflowing the stack (a crash natively, V8's RangeError that kills
// the wasm module in the page).
//
//   if (I.native_depth >= 32 && stack_guard::low()) ... raise RecursionError
#pragma once

namespace loopscope::stack_guard {

// True when less than a safe reserve of the current thread's stack is left (natively: 256 KB;
// in wasm: when JavaScript cannot make room for a probe of about 144 KB, or when less than
// 256 KB of the linear memory's stack is left). Cheap natively; in
// wasm a probe costs microseconds, so callers ask only when already nested deeply.
bool low();

} // namespace loopscope::stack_guard
