// vm_cold.h - the dispatch loop's cold instructions, run outside run_frame (vm_cold.cpp).
//
// run_frame keeps the frequent instructions and the fast paths of the others; the rest (rare
// opcodes, slow paths, error messages) are handlers in kColdOps. Why: V8 compiles a huge wasm
// function with its simpler register allocator, which gave run_frame a ~1.8 KB frame of V8's
// stack, and every level of recursion through native code (map, a sort key, a dict key's
// __hash__) holds one; a small run_frame has a small frame and runs faster too.
//
// A handler runs instruction `ins` of the running frame `f`, whose ip (past the instruction)
// and sp run_frame has saved in `f`; it leaves them there and returns nullptr (done), one of
// the kCold* statuses below, or a frame to run inline next (its depth checked, the operands
// popped: a Python call, a slot with its return hook, vm_hooks.h). `kw` is the pending
// KW_NAMES of a CALL (nullptr otherwise).
#pragma once

#include "lang/frame.h"
#include "lang/interp.h"

#include <array>
#include <cstdint>

namespace loopscope {

constexpr uintptr_t kColdError = 1;  // an exception is set: the instruction failed
constexpr uintptr_t kColdUnwind = 2; // I.exc is to be raised as is (a bare `raise`)
constexpr uintptr_t kColdPause = 3;  // a native left work for the driver: pause
constexpr uintptr_t kColdLast = 3;

using ColdOp = Frame* (*)(Interp& I, Frame* f, uint32_t ins, TupleObj* kw);

// By opcode. Called through this table (never inlined: a function with one caller would be
// inlined back into run_frame by wasm-opt).
extern const std::array<ColdOp, 256> kColdOps;

// A safe point's collection (SAFE_POINT_AT in vm.cpp): false when the memory budget is over
// and MemoryError could not be raised otherwise.
bool collect_at_safe_point(Interp& I);

} // namespace loopscope
