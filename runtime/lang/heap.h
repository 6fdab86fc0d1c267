// heap.h - allocation and the mark-and-sweep collector.
//
// Mark and sweep over a vector of every object, oldest first (the sweep reads it in order and
// prefetches the objects ahead, where walking a list through the objects waited on each one).
// Allocation never collects: it only counts, and the collector runs at safe points - the top of a
// VM instruction, where every value of the running Python code is on a frame, or a native's
// explicit Interp::safe_point(). Sizes are platform-independent estimates, so collection points -
// and any finalizer output such as "coroutine ... was never awaited" - happen at the same place
// natively and in wasm.
//
// Pacing: a collection comes when the bytes allocated since the last one (`allocated`, counted
// when objects are made) pass a threshold. Objects grow after they are made (a list appended
// to, a dict filled), so each collection measures how much more the dead and the live objects
// really weighed than was counted (Heap::undercount16) and sets the next threshold so that about
// as much garbage as there is live data (at least min_threshold) accumulates - the heap stays
// within about twice its live size; half as much after a cycle in which the heap mostly grew
// (data built up tends to die all at once later: float.py's rounds of 100,000 objects peaked
// at twice their size). The estimates (gc_size) follow what the objects really take on a
// 64-bit build (pool blocks, out-of-line items with malloc's header), where pacing on less
// let the real garbage reach twice the estimate. Objects come from size-class pools
// (Obj::operator new, heap.cpp), so freeing the dead is a free-list push, not a call to free().
//
// Native code holds raw Values in C++ variables, and it may call back into Python (a __repr__
// reached from print, __init__, a property, a sort key, an event-loop callback), where the
// collector runs at any depth. The collector cannot see C++ variables (a conservative scan of
// the C++ stack is impossible in wasm, whose locals live outside memory, and would miss
// std::vector buffers anyway), so what natives hold is kept alive in one of two ways:
//
//  - Pinned, the default, needing no care from whoever writes a native: a call from native
//    code back into Python (a re-entry: run_frame below a native frame) records the newest
//    object at that moment, a pin. A collection keeps every object at least as old as the
//    innermost pin and frees only unreachable objects made after it. Whatever a suspended
//    native holds already existed when it called Python, so it survives; the garbage the called
//    Python code makes (a loop of 2,000,000 temporary strings in __init__) is freed. Garbage
//    older than the pin waits until the native returns.
//  - Rooted, for natives that call Python again and again (sum over a generator, sorted with a
//    key, the event loop): they keep every value they hold across a call into Python in a
//    Rooted / RootedValues / RootVector (interp.h), or in a frame or an object that is itself
//    reachable, and are marked so (NativeFunctionObj::rooted, IterObj::rooted). Their re-entries
//    add no pin, so the garbage of one item is freed while the next one is computed.
//
// The VM's dispatch loop and the object operations of ops.h are rooted code. Every call into a
// native that is not marked rooted goes through a helper that counts it in
// Interp::unrooted_natives (call_native, next_native, UnrootedNative: interp.h), and a re-entry
// pins when that count is not zero. LOOPSCOPE_GC_STRESS=1 in the environment collects at every safe
// point below a native frame (tests run under AddressSanitizer that way).
#pragma once

#include "core/memory.h"
#include "lang/value.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace loopscope {

struct Obj;
struct Frame;
enum class Kind : uint8_t;

struct Gc {
    std::vector<Obj*> gray; // marked objects whose references are not yet marked
    size_t marked = 0;      // objects marked so far
    // The estimated bytes (gc_size) of the objects marked and drained so far: summed while each
    // is in the cache for its mark_refs, where the sweep's call read every live generator's
    // frame again (many_tasks' 10,000 waiting tasks, at each of its collections).
    size_t live_bytes = 0;
    void mark(Obj* o);
    // Marks what the gray objects refer to, until none is left.
    void drain();
    void mark(const Value& v) {
        if (v.tag == Tag::Obj) mark(v.o);
    }
};

struct Rooted;
struct RootVector;

// The list of every object: a vector grown with realloc, not by copying into a new block. A
// block this large is mapped by itself (core/memory.cpp), and realloc moves its pages (mremap)
// where std::vector held the old and the new copy at once: 8 bytes an object, so at a million
// tasks' 7 million objects growing it from 32 to 64 MB held 96 MB.
struct ObjList {
    Obj** items = nullptr;
    size_t n = 0, cap = 0;

    ObjList() = default;
    ObjList(const ObjList&) = delete;
    ObjList& operator=(const ObjList&) = delete;
    ~ObjList();
    void push_back(Obj* o) {
        if (n == cap) [[unlikely]]
            reserve(cap ? cap * 2 : 1024);
        items[n++] = o;
    }
    size_t size() const { return n; }
    bool empty() const { return n == 0; }
    Obj*& operator[](size_t i) { return items[i]; }
    Obj** begin() { return items; }
    Obj** end() { return items + n; }
    // Drops the objects past `m` (m <= size()); gives memory back when most of it is unused.
    void shrink_to(size_t m);
    void reserve(size_t c);
    void swap(ObjList& o) {
        std::swap(items, o.items);
        std::swap(n, o.n);
        std::swap(cap, o.cap);
    }
};

struct Heap {
    ObjList objects;          // every live object, oldest first
    size_t allocated = 0;     // estimated bytes since the last collection
    size_t live_after_gc = 0; // estimated bytes the last collection found reachable
    size_t kept_after_gc = 0; // ... and kept (the reachable and the pinned garbage)
    // collect when `allocated` passes this
    size_t threshold = 2 << 20;
    // The threshold after a collection is at least this. Small, so that a program with little
    // live data reuses its garbage's memory while it is still in the cache: at 8 MB every
    // object was made in memory long evicted (nqueens 0.43 -> 0.27 s, 19 -> 9 MiB peak;
    // fannkuch 20 -> 10 MiB; strings 0.87 -> 0.65 s), and marking the interpreter's own objects
    // at each collection costs less than those misses.
    size_t min_threshold = 2 << 20;
    // How much more objects turned out to weigh when they died (or grew while alive) than
    // `allocated` counted when they were made - a list appended to, a dict filled, an instance
    // given attributes - in 1/16ths (16 = exact). The pacing scales the threshold by it, so the
    // next collection comes after about `live` bytes of real garbage, whatever the program does.
    size_t undercount16 = 16;
    // Bytes of large objects (kLargeObject or more: a long string, list, bytes, int) made since
    // the interpreter last charged them as work (Interp::alloc, native_made).
    static constexpr size_t kLargeObject = 4096;
    size_t large_made = 0;
    size_t count = 0; // live objects
    // The kinds among the objects the running collection frees (1 << Kind): a finalizer that
    // looks for one kind skips the walk over the dead when none is there.
    uint32_t dead_kinds = 0;
    bool some_dead(Kind k) const { return (dead_kinds >> unsigned(k)) & 1; }
    // The generators, coroutines, natives (futures, loops, weak references) and types among
    // them, newest first as the dead: the finalizers looking only for those walk this short
    // list, not every dead object (whose memory the sweep has long left).
    std::vector<Obj*> dead_rare;
    // Every object with Obj::fin, oldest watched first, and those whose fin was cleared since the
    // last collection (which drops them before its sweep): the finalizers' search for the
    // unreachable ones walks this, not every object (finalize.cpp).
    std::vector<Obj*> fin_objects;
    size_t collections = 0;
    // Pins of the re-entries in progress, innermost last: how many objects there were when
    // each began. A collection frees none of the first pins.back() objects (as old or older).
    // (objects[pins.back() - 1], the newest object when the pin began, tells one pin from
    // another.)
    std::vector<size_t> pins;
    // A collection under a pin keeps the garbage older than the pin. It paces on the live
    // data alone and, when that garbage is worth it, asks for another collection as soon as the
    // pins are fewer than `retry_at` (unpin() arms it: the threshold drops to 0 until a safe
    // point outside the pin collects, or one inside a new pin as deep puts it back). Without
    // this, a program that collects inside short pins again and again (set(genexp) in a loop)
    // kept all its garbage and doubled the threshold each time (nqueens reached 500 MB).
    size_t retry_at = 0; // 0: no retry pending
    bool retry_armed = false;
    size_t saved_threshold = 0;
    Obj* last_pin = nullptr; // the pin of the last collection (nullptr: none)
    void pin() { pins.push_back(objects.size()); }
    void unpin() {
        pins.pop_back();
        if (pins.size() < retry_at && !retry_armed) {
            retry_armed = true;
            saved_threshold = threshold;
            threshold = 0;
        }
    }
    // Values rooted natives hold (interp.h): two intrusive stacks, innermost first.
    Rooted* rooted = nullptr;
    RootVector* root_vectors = nullptr;
    // Testing: collect at every safe point below a native frame (LOOPSCOPE_GC_STRESS=1).
    bool stress = false;

    template <typename T, typename... A>
    T* alloc(A&&... a) {
        return adopt(new T(static_cast<A&&>(a)...));
    }
    // An object made elsewhere joins the heap (a str and its text in one allocation: strings.cpp).
    template <typename T>
    T* adopt(T* o) {
        objects.push_back(o);
        const size_t size = o->gc_size();
        allocated += size;
        if (size >= kLargeObject) [[unlikely]]
            large_made += size;
        ++count;
        return o;
    }
    // Past the threshold, or past the memory budget: the safe point collects (a collection may
    // free enough) and raises MemoryError if it did not (memory_guard.h).
    bool wants_collection() const { return allocated > threshold || memory::over_budget(); }
    // Over the budget, a collection that freed too little is not repeated before this many more
    // bytes: marking a large live heap at every safe point would make handling the MemoryError
    // take forever (the MemoryError is raised without it).
    bool worth_collecting() {
        if (retry_armed && pins.size() >= retry_at) {
            // Inside a new pin as deep as the one that kept the garbage: not yet (the next
            // unpin() arms the retry again).
            retry_armed = false;
            threshold = saved_threshold;
        }
        return stress || allocated > threshold || allocated >= budget_recheck;
    }
    size_t budget_recheck = 1 << 20;
    ~Heap();
};

} // namespace loopscope
