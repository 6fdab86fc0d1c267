// memory_guard.h - MemoryError instead of an abort (issue 16): the interpreter's side of the
// memory budget (core/memory.h).
//
// Three checks keep a program within the budget:
//  - before a large allocation whose size is known (a string padded to a width, a sequence
//    repeated n times, a concatenation), room_for() asks whether it fits;
//  - a native loop that grows a vector item by item (list(iterable), a comprehension's
//    collect) asks room_to_grow() before each push_back: the vector's next doubling must fit;
//  - everything else (many small objects, a string doubled in a loop) is caught by the
//    over-budget flag, checked at the VM's safe points (after a collection, which may free
//    enough) and at each item of a native loop (native_tick).
// Each raises MemoryError in the program, with no message, as CPython does.
#pragma once

#include "core/memory.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace loopscope {

struct Interp;

// Raise MemoryError and grant the program a little headroom to handle it (memory.h). Always
// false, for `return raise_memory_error(I)` in code returning bool.
bool raise_memory_error(Interp& I);

// a * b, or UINT64_MAX when that overflows: sizes computed from a program's numbers (a width,
// a repeat count) are 64-bit whatever size_t is (32 bits in wasm).
inline uint64_t mul_or_max(uint64_t a, uint64_t b) {
    return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

// true when `count` items of `size` bytes fit the budget; else MemoryError is raised. Takes
// 64-bit counts: a size_t cast of 2**40 would be 0 in wasm.
// It also stops the run when the tick budget could not pay for making that much
// (native_affordable, interp.h): `[0] * 10**8` ends before it starts when it would be stopped.
bool room_in_ticks(Interp& I, uint64_t bytes);
inline bool room_for(Interp& I, uint64_t count, uint64_t size = 1) {
    const uint64_t bytes = mul_or_max(count, size);
    return ((bytes <= SIZE_MAX && memory::fits(size_t(bytes))) || raise_memory_error(I)) &&
           (bytes < 4096 || room_in_ticks(I, bytes));
}

// Before v.push_back(...): true when there is room (or no reallocation is due); else
// MemoryError is raised.
template <typename T>
inline bool room_to_grow(Interp& I, const std::vector<T>& v) {
    if (v.size() < v.capacity() && !memory::over_budget()) return true;
    return (!memory::over_budget() && memory::fits(v.capacity() + 1, sizeof(T))) ||
           raise_memory_error(I);
}

} // namespace loopscope
