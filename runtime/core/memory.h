// memory.h - how many bytes the program has allocated: the figure behind the runtime's memory
// budget (MemoryError instead of an abort) and its peak-memory report.
//
// memory.cpp replaces the global operator new/delete, so every C++ allocation is counted: the
// interpreter's objects and what grows inside them (a list's items, a string's text), the
// frames, the session's recording. Sizes are what the allocator really reserved
// (malloc_usable_size), so the figures differ a little between native and wasm builds; nothing
// that decides program output may depend on them (the collector's schedule uses the heap's own
// platform-independent estimates, lang/heap.h).
//
//   size_t before = memory::in_use();
//   ... run something ...
//   memory::peak() - before     // the most it needed at any moment (after memory::reset_peak())
#pragma once

#include <cstddef>

namespace loopscope::memory {

// Bytes allocated and not yet freed.
size_t in_use();
// The highest in_use() since the start or the last reset_peak().
size_t peak();
void reset_peak();

// malloc/free that are counted like operator new/delete (for blocks that are not C++ objects,
// e.g. the VM's frames).
void* counted_malloc(size_t n);
void counted_free(void* p);

} // namespace loopscope::memory
