// memory.cpp - counting replacements of the global operator new and delete (see memory.h).
//
// A replacement operator new that lives in a static library is used only when its object file
// is linked: the runtime always references in_use() (lang/heap.cpp), which pulls this file in.
#include "core/memory.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <new>

namespace loopscope::memory {

namespace {
// Relaxed atomics: the runtime is single-threaded, but a desktop build's helper threads
// (SDL's) may allocate too.
std::atomic<size_t> g_in_use{0};
std::atomic<size_t> g_peak{0};

inline void count_alloc(void* p) {
    size_t n = malloc_usable_size(p);
    size_t now = g_in_use.fetch_add(n, std::memory_order_relaxed) + n;
    size_t old = g_peak.load(std::memory_order_relaxed);
    while (now > old && !g_peak.compare_exchange_weak(old, now, std::memory_order_relaxed)) {
    }
}

inline void count_free(void* p) {
    g_in_use.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
}

// operator new may not return null; errors are values elsewhere, but an allocation the budget
// did not catch first (lang/heap.h) has nowhere to report to.
[[noreturn]] void out_of_memory(size_t n) {
    std::fprintf(stderr, "loopscope: out of memory (allocating %zu bytes)\n", n);
    std::abort();
}
} // namespace

size_t in_use() {
    return g_in_use.load(std::memory_order_relaxed);
}

size_t peak() {
    return g_peak.load(std::memory_order_relaxed);
}

void reset_peak() {
    g_peak.store(in_use(), std::memory_order_relaxed);
}

void* counted_malloc(size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    count_alloc(p);
    return p;
}

void counted_free(void* p) {
    if (!p) return;
    count_free(p);
    std::free(p);
}

} // namespace loopscope::memory

// ---- the replacements ------------------------------------------------------------------------
// (Aligned new/delete are not replaced: they stay uncounted in pairs.)

void* operator new(size_t n) {
    return loopscope::memory::counted_malloc(n);
}
void* operator new[](size_t n) {
    return loopscope::memory::counted_malloc(n);
}
void* operator new(size_t n, const std::nothrow_t&) noexcept {
    void* p = std::malloc(n ? n : 1);
    if (p) loopscope::memory::count_alloc(p);
    return p;
}
void* operator new[](size_t n, const std::nothrow_t& t) noexcept {
    return operator new(n, t);
}
void operator delete(void* p) noexcept {
    loopscope::memory::counted_free(p);
}
void operator delete[](void* p) noexcept {
    loopscope::memory::counted_free(p);
}
void operator delete(void* p, size_t) noexcept {
    loopscope::memory::counted_free(p);
}
void operator delete[](void* p, size_t) noexcept {
    loopscope::memory::counted_free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    loopscope::memory::counted_free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    loopscope::memory::counted_free(p);
}
