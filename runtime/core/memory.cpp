// memory.cpp - counting replacements of the global operator new and delete (see memory.h).
//
// A replacement operator new that lives in a static library is used only when its object file
// is linked: the runtime always references in_use() (lang/heap.cpp), which pulls this file in.
#include "core/memory.h"

#include <atomic>
#include <cstdint>
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
// Small blocks (the object pools of lang/heap.cpp, the small blocks of operator new below) are
// counted per thread, without a locked read-modify-write per block: each thread adds what it
// took and gave back into its own `t_pending`, which goes into g_in_use once it is more than
// kFlush either way. in_use() adds the calling thread's own pending bytes, so the interpreter's
// thread sees an exact figure; the peak and the budget's flag are checked when pending bytes are
// added (so the peak may miss up to kFlush bytes of a moment's high point).
thread_local ptrdiff_t t_pending = 0;
constexpr ptrdiff_t kFlush = 32 << 10;
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
    note_in_use(g_in_use.fetch_add(n, std::memory_order_relaxed) + n + size_t(t_pending));
}

// A small block of `n` bytes was handed out (n > 0) or given back (n < 0).
inline void count_small(ptrdiff_t n) {
    ptrdiff_t pending = t_pending + n;
    if (pending <= kFlush && pending >= -kFlush) {
        t_pending = pending;
        return;
    }
    t_pending = 0;
    size_t d = size_t(pending);
    note_in_use(g_in_use.fetch_add(d, std::memory_order_relaxed) + d);
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
    return g_in_use.load(std::memory_order_relaxed) + size_t(t_pending);
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
#if defined(__GLIBC__) && !defined(__EMSCRIPTEN__)
        // A fixed threshold: glibc raises its own to the size of each mapped block freed, so
        // a list's buffer, doubled and freed, left its old copies in the heap (dicts' resident
        // memory 164 -> 157 MiB). Blocks this large are mapped and unmapped each time.
        mallopt(M_MMAP_THRESHOLD, 256 << 10);
#endif
    }
} g_default_budget;
} // namespace

void* counted_malloc(size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    count_alloc(p);
    return p;
}

void* counted_realloc(void* p, size_t n) {
    if (p) count_free(p);
    void* q = std::realloc(p, n ? n : 1);
    if (!q) out_of_memory(n);
    count_alloc(q);
    return q;
}

void count_block(size_t n) {
    count_small(ptrdiff_t(n));
}

void uncount_block(size_t n) {
    count_small(-ptrdiff_t(n));
}

void counted_free(void* p) {
    if (!p) return;
    count_free(p);
    std::free(p);
}

} // namespace loopscope::memory

// ---- the replacements ------------------------------------------------------------------------
// (Aligned new/delete are not replaced: they stay uncounted in pairs.)
//
// Small blocks (the items of a tuple or a small list, a dict's table, a string's text) come
// from size classes of 16 bytes carved from 64 KiB chunks, with a free list per class: the
// collector frees millions of them, and a free-list push and pop cost far less than free() and
// malloc() (nqueens spent a quarter of its time in glibc's malloc, free and
// malloc_usable_size). Elsewhere (not Linux, not wasm) every block, pooled or not, starts with a
// header word that says its class (0: from malloc), so any form of delete finds where it came from
// (a sized delete, the usual one, works it out from the size without reading it). Each thread has
// its own free lists (SDL's threads in the desktop build allocate too); a block freed by another
// thread joins that thread's lists. The count is the block handed out, header included, as
// malloc_usable_size counted malloc's; the chunks' reserve is not counted, as the object pools'
// (lang/heap.cpp). Under AddressSanitizer every block comes from malloc, so its checks see
// each one.
//
// Natively on Linux (LOOPSCOPE_SMALL_RANGE, memory.h) the small blocks have no header: they come
// from one reserved range of address space, 64 KiB chunks each holding blocks of one class, and
// a table gives each chunk's class to a delete that does not know the size. Anything outside the
// range came from malloc. (wasm cannot reserve address space: its chunks are aligned instead, and
// a table of its whole 4 GiB of addresses gives their classes: LOOPSCOPE_SMALL_TABLE.) 16 bytes
// less per block: a 20-character str's text takes 32 bytes, not 48; a dict's 4 entries 160, not
// 176. The interpreter's objects are those blocks too (lang/heap.cpp), so a class's free blocks
// serve objects and buffers alike.
#ifdef LOOPSCOPE_SMALL_RANGE
#include <sys/mman.h>
#endif

namespace loopscope::memory {
namespace {

// The size classes' free lists of both pools below, linked through each free block's first word.
template <class Blocks>
void give_small(Blocks& s, void* b, size_t cls) {
    *static_cast<void**>(b) = s.free[cls];
    s.free[cls] = b;
}
template <class Blocks>
void* pop_small(Blocks& s, size_t cls) {
    void* b = s.free[cls];
    if (b) {
        void* next = *static_cast<void**>(b);
        s.free[cls] = next;
        __builtin_prefetch(next, 1); // the next block of this class: written when it is taken
    }
    return b;
}

#ifdef LOOPSCOPE_SMALL_RANGE
constexpr size_t kSmallMax = 512; // the largest pooled block
constexpr size_t kClasses = kSmallMax / 16 + 1;
constexpr size_t kChunkShift = 16; // 64 KiB chunks
constexpr size_t kChunk = size_t(1) << kChunkShift;
// Reserved, not committed: only the pages written count. The budget (2 GiB by default) is far
// below it; past it, small blocks come from malloc too.
constexpr size_t kRange = size_t(8) << 30;

// The range: [g_base, g_base + kRange), chunks handed out from its start.
std::atomic<char*> g_base{nullptr};
std::atomic<size_t> g_next{0};
uint8_t g_chunk_class[kRange >> kChunkShift];

char* reserve_range() {
    void* p = mmap(nullptr, kRange, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? nullptr : static_cast<char*>(p);
}

inline bool in_range(const void* p) {
    const char* b = g_base.load(std::memory_order_relaxed);
    return b && uintptr_t(p) - uintptr_t(b) < kRange;
}

struct SmallBlocks {
    void* free[kClasses];
    char* bump[kClasses]; // the rest of the class's newest chunk
    char* bump_end[kClasses];
};
// Constant-initialized and trivially destructible: no guard on each access.
thread_local SmallBlocks t_small;

// A block of `cls` * 16 bytes, or nullptr when the range is used up (or could not be reserved).
// When its class has no block left, a free block of the next class serves before a new chunk is
// carved (16 bytes unused, of memory already taken): dicts.py's 300,000 64-byte strs at its end
// found the 150,000 blocks its sort's dead 80-byte key tuples had left (peak 126.5 -> 119.4 MB;
// with the next two classes, its 48-byte empty lists took them first: 122.5).
// `cls` becomes the class taken (release() reads it back from the chunk table).
void* take_small(size_t& cls) {
    SmallBlocks& s = t_small;
    if (void* b = pop_small(s, cls)) return b;
    size_t n = cls * 16;
    if (size_t(s.bump_end[cls] - s.bump[cls]) < n) {
        if (cls + 1 < kClasses) {
            if (void* b = pop_small(s, cls + 1)) {
                ++cls;
                return b;
            }
        }
        static char* const base = [] { // once, thread-safe
            char* b = reserve_range();
            g_base.store(b, std::memory_order_relaxed);
            return b;
        }();
        if (!base) return nullptr;
        size_t at = g_next.fetch_add(kChunk, std::memory_order_relaxed);
        if (at >= kRange) return nullptr;
        g_chunk_class[at >> kChunkShift] = uint8_t(cls);
        s.bump[cls] = base + at;
        s.bump_end[cls] = base + at + kChunk / n * n;
    }
    void* p = s.bump[cls];
    s.bump[cls] += n;
    return p;
}

void* allocate(size_t n) {
    if (n <= kSmallMax) {
        size_t cls = n ? (n + 15) / 16 : 1;
        if (void* b = take_small(cls)) {
            count_small(ptrdiff_t(cls * 16));
            return b;
        }
    }
    void* b = std::malloc(n ? n : 1);
    if (b) count_alloc(b);
    return b;
}

void release(void* p) {
    if (!p) return;
    if (in_range(p)) {
        size_t at = uintptr_t(p) - uintptr_t(g_base.load(std::memory_order_relaxed));
        size_t cls = g_chunk_class[at >> kChunkShift];
        count_small(-ptrdiff_t(cls * 16));
        give_small(t_small, p, cls);
        return;
    }
    count_free(p);
    std::free(p);
}

// (A sized delete reads the table too: the block may be of a larger class, take_small.)
void release(void* p, size_t) {
    release(p);
}
#elif defined(LOOPSCOPE_SMALL_TABLE)
// wasm cannot reserve a range, but its addresses are 32 bits: chunks aligned to their 64 KiB
// size, and a byte for each 64 KiB of the address space (64 KiB of zeroed data, no bytes in the
// module) gives a chunk's class, 0 for memory that is not a chunk. No block has a header, so a
// delete that does not know the size reads the table (a few hot lines), not the block (a cache
// miss when the sweep frees a dead dict's index or a function's vectors; clang 14 passes no size).
constexpr size_t kSmallMax = 512; // the largest pooled block
constexpr size_t kClasses = kSmallMax / 16 + 1;
constexpr size_t kChunkShift = 16; // 64 KiB chunks
constexpr size_t kChunk = size_t(1) << kChunkShift;
static_assert(sizeof(void*) == 4, "a table of every chunk of a 32-bit address space");
uint8_t g_chunk_class[size_t(1) << (32 - kChunkShift)];

struct SmallBlocks {
    void* free[kClasses];
    char* bump[kClasses]; // the rest of the class's newest chunk
    char* bump_end[kClasses];
};
SmallBlocks t_small; // (no threads in this build)

inline size_t class_of(const void* p) {
    return g_chunk_class[uintptr_t(p) >> kChunkShift];
}

// A block of `cls` * 16 bytes, or nullptr when memory ran out.
void* take_small(size_t cls) {
    SmallBlocks& s = t_small;
    if (void* b = pop_small(s, cls)) return b;
    size_t n = cls * 16;
    if (size_t(s.bump_end[cls] - s.bump[cls]) < n) {
        char* chunk = static_cast<char*>(std::aligned_alloc(kChunk, kChunk));
        if (!chunk) return nullptr;
        g_chunk_class[uintptr_t(chunk) >> kChunkShift] = uint8_t(cls);
        s.bump[cls] = chunk;
        s.bump_end[cls] = chunk + kChunk / n * n;
    }
    void* p = s.bump[cls];
    s.bump[cls] += n;
    return p;
}

void* allocate(size_t n) {
    if (n <= kSmallMax) {
        size_t cls = n ? (n + 15) / 16 : 1;
        void* b = take_small(cls);
        if (b) count_small(ptrdiff_t(cls * 16));
        return b;
    }
    void* b = std::malloc(n);
    if (b) count_alloc(b);
    return b;
}

void release(void* p) {
    if (!p) return;
    if (size_t cls = class_of(p)) {
        count_small(-ptrdiff_t(cls * 16));
        give_small(t_small, p, cls);
        return;
    }
    count_free(p);
    std::free(p);
}

// A sized delete knows the class: allocate() pooled every size up to kSmallMax.
void release(void* p, size_t n) {
    if (!p) return;
    if (n > kSmallMax) {
        release(p);
        return;
    }
    size_t cls = n ? (n + 15) / 16 : 1;
    count_small(-ptrdiff_t(cls * 16));
    give_small(t_small, p, cls);
}
#elif !defined(LOOPSCOPE_NO_SMALL_BLOCKS)
constexpr size_t kHeader = __STDCPP_DEFAULT_NEW_ALIGNMENT__;
static_assert(kHeader >= sizeof(size_t) && kHeader <= 16 && 16 % kHeader == 0);
constexpr size_t kSmallMax = 512; // the largest pooled block, header included
constexpr size_t kClasses = kSmallMax / 16 + 1;
constexpr size_t kSmallChunk = 64 << 10;

struct SmallBlocks {
    void* free[kClasses];
    char* bump; // the rest of the newest chunk
    char* bump_end;
    void* chunks; // every chunk, linked through its first word (so leak checkers see them)
};
// Constant-initialized and trivially destructible: no guard on each access.
thread_local SmallBlocks t_small;

// A block of `cls` * 16 bytes, or nullptr when malloc failed.
void* take_small(size_t cls) {
    SmallBlocks& s = t_small;
    if (void* b = pop_small(s, cls)) return b;
    size_t n = cls * 16;
    if (size_t(s.bump_end - s.bump) < n) {
        // The tail of the old chunk goes to the free lists of the classes it fits.
        while (size_t(s.bump_end - s.bump) >= 16) {
            size_t rest = size_t(s.bump_end - s.bump);
            size_t c = (rest > kSmallMax ? kSmallMax : rest) / 16;
            give_small(s, s.bump, c);
            s.bump += c * 16;
        }
        char* chunk = static_cast<char*>(std::malloc(kSmallChunk));
        if (!chunk) return nullptr;
        *reinterpret_cast<void**>(chunk) = s.chunks;
        s.chunks = chunk;
        s.bump = chunk + 16;
        s.bump_end = chunk + kSmallChunk;
    }
    void* p = s.bump;
    s.bump += n;
    return p;
}

void* allocate(size_t n) {
    if (n <= kSmallMax - kHeader) {
        size_t cls = (n + kHeader + 15) / 16;
        char* b = static_cast<char*>(take_small(cls));
        if (!b) return nullptr;
        *reinterpret_cast<size_t*>(b) = cls;
        count_small(ptrdiff_t(cls * 16));
        return b + kHeader;
    }
    if (n > SIZE_MAX - kHeader) return nullptr;
    char* b = static_cast<char*>(std::malloc(n + kHeader));
    if (!b) return nullptr;
    *reinterpret_cast<size_t*>(b) = 0;
    count_alloc(b);
    return b + kHeader;
}

void release(void* p) {
    if (!p) return;
    char* b = static_cast<char*>(p) - kHeader;
    size_t cls = *reinterpret_cast<size_t*>(b);
    if (cls != 0) {
        count_small(-ptrdiff_t(cls * 16));
        give_small(t_small, b, cls);
        return;
    }
    count_free(b);
    std::free(b);
}

// A sized delete knows the class without reading the header (a cache miss when the sweep frees
// a dead tuple's items): allocate() pooled exactly the sizes up to kSmallMax - kHeader.
void release(void* p, size_t n) {
    if (!p) return;
    if (n > kSmallMax - kHeader) {
        release(p);
        return;
    }
    size_t cls = (n + kHeader + 15) / 16;
    count_small(-ptrdiff_t(cls * 16));
    give_small(t_small, static_cast<char*>(p) - kHeader, cls);
}
#else
void* allocate(size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (p) count_alloc(p);
    return p;
}
void release(void* p) {
    counted_free(p);
}
void release(void* p, size_t) {
    counted_free(p);
}
#endif

void* allocate_or_die(size_t n) {
    void* p = allocate(n);
    if (!p) out_of_memory(n);
    return p;
}

} // namespace
} // namespace loopscope::memory

void* operator new(size_t n) {
    return loopscope::memory::allocate_or_die(n);
}
void* operator new[](size_t n) {
    return loopscope::memory::allocate_or_die(n);
}
void* operator new(size_t n, const std::nothrow_t&) noexcept {
    return loopscope::memory::allocate(n);
}
void* operator new[](size_t n, const std::nothrow_t&) noexcept {
    return loopscope::memory::allocate(n);
}
void operator delete(void* p) noexcept {
    loopscope::memory::release(p);
}
void operator delete[](void* p) noexcept {
    loopscope::memory::release(p);
}
void operator delete(void* p, size_t n) noexcept {
    loopscope::memory::release(p, n);
}
void operator delete[](void* p, size_t n) noexcept {
    loopscope::memory::release(p, n);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    loopscope::memory::release(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    loopscope::memory::release(p);
}
