// memory.h - how many bytes the program has allocated: the figure behind the runtime's memory
// budget (MemoryError instead of an abort) and its peak-memory report.
//
// memory.cpp replaces the global operator new/delete, so every C++ allocation is counted: the
// interpreter's objects and what grows inside them (a list's items, a string's text), the
// frames, the session's recording. Sizes are what the allocator really reserved
// (malloc_usable_size), so the figures differ a little between native and wasm builds; nothing
// that decides program output may depend on them (the collector's schedule uses the heap's own
// platform-independent estimates, lang/heap.h) - except a MemoryError, whose point depends on
// the budget anyway.
//
//   size_t before = memory::in_use();
//   ... run something ...
//   memory::peak() - before     // the most it needed at any moment (after memory::reset_peak())
//
// The budget. The whole process (interpreter, recording, UI) shares one budget, in bytes of
// in_use(). An allocation never fails because of it (operator new cannot report an error
// without exceptions): passing the budget only raises a flag, over_budget(), which the
// interpreter checks at its safe points and in native loops and turns into a MemoryError in
// the program (lang/memory_guard.h). Huge single allocations are checked before they are made
// (fits()), so they never reach the allocator.
#pragma once

#include <atomic>
#include <cstddef>

// Which allocator stands behind operator new's small blocks (memory.cpp): malloc's under
// AddressSanitizer (LOOPSCOPE_NO_SMALL_BLOCKS), size classes in a reserved range of addresses
// natively on Linux (LOOPSCOPE_SMALL_RANGE), size classes in 64 KiB-aligned chunks found through
// a table of the whole address space in wasm (LOOPSCOPE_SMALL_TABLE), size classes with a header
// elsewhere. LOOPSCOPE_HEADERLESS_BLOCKS: the first two, whose blocks the interpreter's objects
// use too (lang/heap.cpp).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPSCOPE_NO_SMALL_BLOCKS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define LOOPSCOPE_NO_SMALL_BLOCKS 1
#endif
#if !defined(LOOPSCOPE_NO_SMALL_BLOCKS) && defined(__linux__) && !defined(__EMSCRIPTEN__)
#define LOOPSCOPE_SMALL_RANGE 1
#define LOOPSCOPE_HEADERLESS_BLOCKS 1
#endif
#if !defined(LOOPSCOPE_NO_SMALL_BLOCKS) && defined(__EMSCRIPTEN__)
#define LOOPSCOPE_SMALL_TABLE 1
#define LOOPSCOPE_HEADERLESS_BLOCKS 1
#endif

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
// realloc, counted (p may be nullptr). Aborts when out of memory, as counted_malloc.
void* counted_realloc(void* p, size_t n);
// Blocks handed out by an allocator of the runtime's own (the object pools, lang/heap.cpp) are
// counted as they are taken and given back; the pool's reserve is not.
void count_block(size_t n);
void uncount_block(size_t n);

// ---- the budget --------------------------------------------------------------------------------

// What the process starts with: 2 GiB natively; in wasm half of what the heap may grow to
// (emscripten_get_heap_max(): 1 GiB of the default 2 GiB), leaving room for a vector's
// doubling and the page's own needs.
size_t default_budget();
// Set the budget in bytes (0: the default_budget()). Re-arms the flag.
void set_budget(size_t bytes);
size_t budget();
// Parse "512M", "2G", "1048576", "64K" (binary units): 0 when the text is not a size.
size_t parse_size(const char* text);

// Would `n` more bytes (or `count` items of `size` bytes) stay within the budget?
bool fits(size_t n);
bool fits(size_t count, size_t size);

namespace detail {
extern std::atomic<bool> g_over_budget;
}
// in_use() passed the budget (or the headroom granted after a MemoryError).
inline bool over_budget() {
    return detail::g_over_budget.load(std::memory_order_relaxed);
}
// A MemoryError was raised: allow more (up to 1.5 x the budget, then 1 MiB at a time) so the
// program can unwind, handle it and print its traceback, before the next one.
void grant_headroom();
// After a collection: when in_use() is back within the budget, the headroom is withdrawn.
void settle();

} // namespace loopscope::memory
