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

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#endif

namespace loopscope::memory {

namespace detail {
std::atomic<bool> g_over_budget{false};
}

namespace {
// Relaxed atomics: the runtime is single-threaded, but a desktop build's helper threads
// (SDL's) may allocate too.
std::atomic<size_t> g_in_use{0};
std::atomic<size_t> g_peak{0};
// Bytes of blocks handed out by the object pools (count_block): only the interpreter's thread
// changes it, so a plain load and store (no locked read-modify-write) suffice.
std::atomic<size_t> g_pool_bytes{0};
// The budget, and the in_use() past which over_budget() is raised: the budget, or more while
// a MemoryError's headroom is granted. 0 until the first allocation sets the default.
std::atomic<size_t> g_budget{0};
std::atomic<size_t> g_trigger{SIZE_MAX};

constexpr size_t kMiB = size_t(1) << 20;

// A new figure of in_use(): the peak, and the budget's flag.
inline void note_in_use(size_t now) {
    size_t old = g_peak.load(std::memory_order_relaxed);
    while (now > old && !g_peak.compare_exchange_weak(old, now, std::memory_order_relaxed)) {
    }
    if (now > g_trigger.load(std::memory_order_relaxed)) [[unlikely]]
        detail::g_over_budget.store(true, std::memory_order_relaxed);
}

inline void count_alloc(void* p) {
    size_t n = malloc_usable_size(p);
    note_in_use(g_in_use.fetch_add(n, std::memory_order_relaxed) + n +
                g_pool_bytes.load(std::memory_order_relaxed));
}

inline void count_free(void* p) {
    g_in_use.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
}

// operator new may not return null; errors are values elsewhere, but an allocation the budget
// did not catch first (fits(), over_budget(): lang/memory_guard.h) has nowhere to report to.
[[noreturn]] void out_of_memory(size_t n) {
    std::fprintf(stderr, "loopscope: out of memory (allocating %zu bytes)\n", n);
    std::abort();
}
} // namespace

size_t in_use() {
    return g_in_use.load(std::memory_order_relaxed) + g_pool_bytes.load(std::memory_order_relaxed);
}

size_t peak() {
    return g_peak.load(std::memory_order_relaxed);
}

void reset_peak() {
    g_peak.store(in_use(), std::memory_order_relaxed);
}

size_t default_budget() {
#ifdef __EMSCRIPTEN__
    return emscripten_get_heap_max() / 2;
#else
    return size_t(2048) * kMiB;
#endif
}

void set_budget(size_t bytes) {
    if (bytes == 0) bytes = default_budget();
    g_budget.store(bytes, std::memory_order_relaxed);
    g_trigger.store(bytes, std::memory_order_relaxed);
    detail::g_over_budget.store(in_use() > bytes, std::memory_order_relaxed);
}

size_t budget() {
    size_t b = g_budget.load(std::memory_order_relaxed);
    if (b == 0) {
        set_budget(0);
        b = g_budget.load(std::memory_order_relaxed);
    }
    return b;
}

size_t parse_size(const char* text) {
    if (!text || !*text) return 0;
    size_t n = 0;
    const char* p = text;
    for (; *p >= '0' && *p <= '9'; ++p) {
        if (n > (SIZE_MAX - 9) / 10) return 0;
        n = n * 10 + size_t(*p - '0');
    }
    if (p == text) return 0;
    int shift = 0;
    switch (*p) {
        case 'k':
        case 'K':
            shift = 10;
            ++p;
            break;
        case 'm':
        case 'M':
            shift = 20;
            ++p;
            break;
        case 'g':
        case 'G':
            shift = 30;
            ++p;
            break;
        default: break;
    }
    if (shift && (*p == 'i' || *p == 'I')) ++p;
    if (shift && (*p == 'b' || *p == 'B')) ++p;
    if (*p) return 0;
    if (shift && n > (SIZE_MAX >> shift)) return 0;
    return n << shift;
}

bool fits(size_t n) {
    // Within the headroom granted after a MemoryError too (the program may handle it).
    size_t b = g_trigger.load(std::memory_order_relaxed), used = in_use();
    return used <= b && n <= b - used;
}

bool fits(size_t count, size_t size) {
    return size == 0 || (count <= SIZE_MAX / size && fits(count * size));
}

void grant_headroom() {
    size_t b = budget(), used = in_use();
    // Up to half the budget again: unwinding may need memory (asyncio.run cancelling every task
    // it made). Beyond that, a program that keeps catching MemoryError gets 1 MiB at a time.
    size_t limit = b + b / 2;
    size_t room = used + 4 * kMiB < limit ? limit - used : kMiB;
    g_trigger.store(used + room, std::memory_order_relaxed);
    detail::g_over_budget.store(false, std::memory_order_relaxed);
}

void settle() {
    size_t b = budget();
    if (in_use() > b) return;
    g_trigger.store(b, std::memory_order_relaxed);
    detail::g_over_budget.store(false, std::memory_order_relaxed);
}

namespace {
// Every process starts under the default budget.
struct DefaultBudget {
    DefaultBudget() {
        if (g_budget.load(std::memory_order_relaxed) == 0) set_budget(0);
    }
} g_default_budget;
} // namespace

void* counted_malloc(size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    count_alloc(p);
    return p;
}

void count_block(size_t n) {
    size_t pool = g_pool_bytes.load(std::memory_order_relaxed) + n;
    g_pool_bytes.store(pool, std::memory_order_relaxed);
    note_in_use(g_in_use.load(std::memory_order_relaxed) + pool);
}

void uncount_block(size_t n) {
    g_pool_bytes.store(g_pool_bytes.load(std::memory_order_relaxed) - n, std::memory_order_relaxed);
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
