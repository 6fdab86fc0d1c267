// heap.cpp - the mark-and-sweep collector and each object's mark_refs().
#include "lang/heap.h"
#include "lang/finalize.h"
#include "lang/frame.h"
#include "lang/frame_objects.h"
#include "lang/interp.h"
#include "lang/memory_guard.h"
#include "lang/ops.h"

#include "core/memory.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <span>
#include <type_traits>

namespace loopscope {

void Gc::mark(Obj* o) {
    if (!o || o->marked) return;
    o->marked = true;
    ++marked;
    gray.push_back(o);
}

void Gc::drain() {
    while (!gray.empty()) {
        Obj* o = gray.back();
        gray.pop_back();
        mark(o->type); // an object keeps its class alive (a class made in a function)
        o->mark_refs(*this);
        live_bytes += o->gc_size();
    }
}

Heap::~Heap() {
    for (size_t i = objects.size(); i-- > 0;) delete objects[i]; // newest first
}

ObjList::~ObjList() {
    memory::counted_free(items);
}

void ObjList::reserve(size_t c) {
    if (c <= cap) return;
    items = static_cast<Obj**>(memory::counted_realloc(items, c * sizeof(Obj*)));
    cap = c;
}

void ObjList::shrink_to(size_t m) {
    n = m;
    // a quarter used: half of it back (not at every collection of a small heap)
    if (cap > 4096 && n < cap / 4) {
        cap /= 2;
        items = static_cast<Obj**>(memory::counted_realloc(items, cap * sizeof(Obj*)));
    }
}

// ---- object pools
// ---------------------------------------------------------------------------------------------

// Objects up to kPoolMax bytes live in size classes of 16 bytes, carved from 64 KiB chunks that
// are kept for reuse. Freed objects go on their class's free list. core/memory counts the
// objects handed out, not the reserve (so memory freed by a collection counts as free for the
// budget; a program that filled the budget with small objects, freed them and then fills it
// with large strings may use up to twice the budget). Only the interpreter's thread allocates
// objects. Under AddressSanitizer the pools are bypassed, so a use after free is still caught.
// Natively on Linux and in wasm, operator new's own small blocks have no header (core/memory.cpp):
// objects are those blocks, sharing each class's free blocks with the buffers of the same size.
#if defined(LOOPSCOPE_NO_SMALL_BLOCKS) || defined(LOOPSCOPE_HEADERLESS_BLOCKS)
#define LOOPSCOPE_NO_OBJ_POOLS 1
#endif

#ifndef LOOPSCOPE_NO_OBJ_POOLS
namespace {
constexpr size_t kPoolMax = 256;
constexpr size_t kChunk = 64 << 10;

struct FreeBlock {
    FreeBlock* next;
};

struct ObjPools {
    FreeBlock* free[kPoolMax / 16 + 1] = {};
    char* bump = nullptr; // the rest of the newest chunk
    char* bump_end = nullptr;
    std::vector<void*> chunks; // reachable, so leak checkers see them as in use

    void* take(size_t cls) {
        if (FreeBlock* b = free[cls]) {
            free[cls] = b->next;
            __builtin_prefetch(b->next, 1); // written when it is taken next
            return b;
        }
        size_t n = cls * 16;
        if (size_t(bump_end - bump) < n) {
            // The tail of the old chunk goes to the free lists of the classes it fits.
            while (size_t(bump_end - bump) >= 16) {
                size_t rest = size_t(bump_end - bump);
                size_t c = (rest > kPoolMax ? kPoolMax : rest) / 16;
                give(bump, c);
                bump += c * 16;
            }
            bump = static_cast<char*>(std::malloc(kChunk));
            if (!bump) {
                std::fprintf(stderr, "loopscope: out of memory (object pool)\n");
                std::abort();
            }
            bump_end = bump + kChunk;
            chunks.push_back(bump);
        }
        void* p = bump;
        bump += n;
        return p;
    }
    void give(void* p, size_t cls) {
        FreeBlock* b = static_cast<FreeBlock*>(p);
        b->next = free[cls];
        free[cls] = b;
    }
};

ObjPools& pools() {
    // Never destroyed: objects of a static Interp may be freed during exit.
    static ObjPools* p = new ObjPools;
    return *p;
}
} // namespace
#endif

void* Obj::operator new(size_t n) {
#ifndef LOOPSCOPE_NO_OBJ_POOLS
    if (n <= kPoolMax) {
        size_t cls = (n + 15) / 16;
        memory::count_block(cls * 16);
        return pools().take(cls);
    }
#endif
#ifdef LOOPSCOPE_HEADERLESS_BLOCKS
    return ::operator new(n);
#else
    return memory::counted_malloc(n);
#endif
}

void Obj::operator delete(void* p, size_t n) {
#ifndef LOOPSCOPE_NO_OBJ_POOLS
    if (n <= kPoolMax) {
        size_t cls = (n + 15) / 16;
        memory::uncount_block(cls * 16);
        pools().give(p, cls);
        return;
    }
#endif
#ifdef LOOPSCOPE_HEADERLESS_BLOCKS
    ::operator delete(p, n);
#else
    memory::counted_free(p);
#endif
}

// ---- mark_refs(): mark what an object refers to -------------------------------------------

void TupleObj::mark_refs(Gc& gc) {
    for (auto& v : items) gc.mark(v);
}
void ListObj::mark_refs(Gc& gc) {
    for (auto& v : items) gc.mark(v);
}
void DictObj::mark_refs(Gc& gc) {
    for (auto& e : entries) {
        gc.mark(e.key());
        gc.mark(e.value());
    }
}
void SetObj::mark_refs(Gc& gc) {
    own.DictObj::mark_refs(gc);
}
void SliceObj::mark_refs(Gc& gc) {
    gc.mark(start);
    gc.mark(stop);
    gc.mark(step);
}
void CellObj::mark_refs(Gc& gc) {
    gc.mark(value);
}
void CodeObj::mark_refs(Gc& gc) {
    for (auto& v : consts) gc.mark(v);
    for (auto* s : names) gc.mark(s);
    for (auto* s : varnames) gc.mark(s);
    for (auto* s : cellnames) gc.mark(s);
    for (auto* s : freenames) gc.mark(s);
    gc.mark(name);
    gc.mark(qualname);
    gc.mark(filename);
    gc.mark(doc);
}
void FunctionObj::mark_refs(Gc& gc) {
    gc.mark(code);
    gc.mark(globals);
    for (auto& v : defaults) gc.mark(v);
    gc.mark(kwdefaults);
    for (auto* c : closure) gc.mark(c);
    gc.mark(dict);
    gc.mark(name);
    gc.mark(qualname);
    gc.mark(doc);
}
void NativeFunctionObj::mark_refs(Gc& gc) {
    gc.mark(name);
    gc.mark(self);
    gc.mark(data);
}
void BoundMethodObj::mark_refs(Gc& gc) {
    gc.mark(func);
    gc.mark(self);
}
void TypeObj::mark_refs(Gc& gc) {
    gc.mark(name);
    gc.mark(qualname);
    for (auto* b : bases) gc.mark(b);
    for (auto* m : mro) gc.mark(m);
    gc.mark(dict);
}
template <typename Base>
void SubclassObj<Base>::mark_refs(Gc& gc) {
    Base::mark_refs(gc);
    gc.mark(attrs);
}
template struct SubclassObj<DictObj>;
template struct SubclassObj<ListObj>;
template struct SubclassObj<TupleObj>;
template struct SubclassObj<SetObj>;
template struct SubclassObj<StrObj>;

void InstanceObj::mark_refs(Gc& gc) {
    gc.mark(dict);
}
void NumberObj::mark_refs(Gc& gc) {
    gc.mark(dict);
    gc.mark(num);
}
void ExceptionObj::mark_refs(Gc& gc) {
    InstanceObj::mark_refs(gc);
    gc.mark(args);
    for (auto& e : traceback) {
        gc.mark(e.code);
        if (e.frame) gc.mark(e.frame);
        if (e.tb) gc.mark(e.tb);
    }
    gc.mark(cause);
    gc.mark(context);
    gc.mark(group_message);
    for (auto& v : group) gc.mark(v);
    for (auto& v : notes) gc.mark(v);
}
void ModuleObj::mark_refs(Gc& gc) {
    gc.mark(name);
    gc.mark(dict);
}
void PropertyObj::mark_refs(Gc& gc) {
    gc.mark(fget);
    gc.mark(fset);
    gc.mark(fdel);
    gc.mark(doc);
}
void MethodWrapperObj::mark_refs(Gc& gc) {
    gc.mark(func);
}
void SuperObj::mark_refs(Gc& gc) {
    gc.mark(start);
    gc.mark(obj);
    gc.mark(obj_type);
}
void DictViewObj::mark_refs(Gc& gc) {
    gc.mark(dict);
}

// ---- frames
// --------------------------------------------------------------------------------------

FramePool g_frame_pool;

namespace {
// At exit the pooled frames go back to the allocator (LeakSanitizer runs clean) and the pool is
// left full, so a frame freed later (a static interpreter torn down after this) is not kept.
struct FramePoolCloser {
    ~FramePoolCloser() {
        for (int32_t n = 0; n <= FramePool::kMaxSlots; ++n) {
            for (Frame* f = g_frame_pool.head[n]; f;) {
                Frame* next = f->back;
                Frame::free_memory(f);
                f = next;
            }
            g_frame_pool.head[n] = nullptr;
            g_frame_pool.count[n] = FramePool::kKeep;
        }
    }
} g_frame_pool_closer;
} // namespace

// A frame's bytes: the header and exactly its slots. They come from operator new, whose small
// blocks (up to 512 bytes: a frame of up to 25 slots) have no header natively (core/memory.cpp),
// where malloc added one and the size counted one slot too many (a coroutine's frame of 7 slots:
// 240 bytes of malloc's, now 224).
static size_t frame_bytes(int32_t n) {
    return offsetof(Frame, slots) + sizeof(Value) * size_t(n > 0 ? n : 1);
}

Frame* Frame::alloc_new(int32_t n) {
    auto* f = static_cast<Frame*>(::operator new(frame_bytes(n)));
    f->nslots = n;
    return f;
}

void Frame::free_memory(Frame* f) {
    ::operator delete(f, frame_bytes(f->nslots));
}

Frame* Frame::create(CodeObj* code, FunctionObj* func, DictObj* globals) {
    int32_t nlocal = code->nslots();
    Frame* f = alloc(code->frame_size ? code->frame_size : nlocal + code->stacksize);
    f->init(code, func, globals);
    for (int32_t i = 0; i < nlocal; ++i) f->slots[i] = Value::undef();
    f->sp = f->slots + nlocal;
    return f;
}

void Frame::destroy(Frame* f) {
    if (f->obj) frame_finished(f);
    release(f);
}

void Frame::mark_refs(Gc& gc) {
    gc.mark(code);
    gc.mark(func);
    gc.mark(globals);
    gc.mark(locals_dict);
    gc.mark(gen);
    gc.mark(handled);
    for (Value* v = slots; v < sp; ++v) gc.mark(*v);
    // (obj is not marked: a frame object lives as long as something refers to it; when it
    // goes, its destructor unlinks it and the next request makes a new one)
}

GenObj::~GenObj() {
    if (frame) Frame::destroy(frame);
}
void GenObj::mark_refs(Gc& gc) {
    if (frame) frame->mark_refs(gc);
    gc.mark(name);
    gc.mark(qualname);
    if (extra_) gc.mark(extra_);
}
// (The estimate counts the three spare slots frames had before their value stack was sized to
// the compiler's exact depth: collection points, and the finalizer output that follows them,
// stay where they were.)
size_t GenObj::gc_size() const {
    return 96 + (frame ? 16 * (size_t(frame->nslots) + 3) : 0);
}

// ---- collection
// ----------------------------------------------------------------------------------

// The next collection's threshold, in the units of `allocated` (estimates counted when objects
// are made). What the cycle really made is what died (at its final size) plus what the live
// heap grew by; its ratio to `allocated` (the undercount, smoothed) converts "collect after
// about as much garbage as there is live data, and at least min_threshold" into those units.
// All figures are the platform-independent estimates, so collections happen at the same points
// natively and in wasm.
static void pace(Heap& heap, size_t live, size_t made, size_t freed) {
    if (heap.allocated >= (64u << 10)) {
        size_t ratio16 = made / (heap.allocated / 16);
        if (ratio16 < 16) ratio16 = 16;
        if (ratio16 > 16 * 64) ratio16 = 16 * 64;
        heap.undercount16 = (heap.undercount16 + ratio16) / 2;
    }
    // A heap that grew (little of what the cycle made died) lets half its live size of
    // garbage accumulate, not all of it.
    if (freed < made / 4) live /= 2;
    size_t target = live > heap.min_threshold ? live : heap.min_threshold;
    heap.threshold = target / heap.undercount16 * 16;
    // Over the memory budget, collect again after a quarter of that (memory_guard.h).
    heap.budget_recheck = heap.threshold / 4 > (1u << 20) ? heap.threshold / 4 : (1u << 20);
}

// LOOPSCOPE_GC_STATS=1 (native debugging): a line per collection on stderr, with the live
// objects by kind (count and estimated bytes) and the bytes really allocated (memory::in_use).
static bool gc_stats_enabled() {
#ifdef __EMSCRIPTEN__
    return false;
#else
    static const bool on = [] {
        const char* v = std::getenv("LOOPSCOPE_GC_STATS");
        return v && *v == '1';
    }();
    return on;
#endif
}

static void print_gc_stats(Heap& heap, size_t kept, size_t freed, size_t made, size_t live,
                           size_t ndead) {
#ifndef __EMSCRIPTEN__
    size_t n[32] = {}, bytes[32] = {};
    for (Obj* o : heap.objects) {
        ++n[unsigned(o->kind)];
        bytes[unsigned(o->kind)] += o->gc_size();
    }
    std::fprintf(stderr,
                 "gc %zu: allocated %zu kept %zu (live %zu) freed %zu (%zu objects) made %zu; "
                 "undercount16 %zu threshold %zu; in_use %zu (peak %zu); objects %zu\n  ",
                 heap.collections, heap.allocated, kept, live, freed, ndead, made,
                 heap.undercount16, heap.threshold, memory::in_use(), memory::peak(),
                 heap.objects.size());
    for (unsigned k = 0; k < 32; ++k)
        if (n[k]) std::fprintf(stderr, " k%u:%zu/%zuK", k, n[k], bytes[k] >> 10);
    std::fprintf(stderr, "\n");
#endif
}

bool raise_memory_error(Interp& I) {
    memory::grant_headroom();
    raise_value(I, Value::object(I.t.MemoryError)); // MemoryError(), no args, as CPython's
    return false;
}

void Interp::collect() {
    Gc gc;
    // Roots: everything reachable from the interpreter itself.
    for (auto& kv : interned) gc.mark(kv.second);
    for (TypeObj** p = &t.type; p <= &t.BrokenBarrierError; ++p) gc.mark(*p);
    gc.mark(builtins);
    gc.mark(modules);
    gc.mark(exc);
    gc.mark(not_implemented);
    gc.mark(ellipsis);
    gc.mark(empty_str);
    gc.mark(empty_tuple);
    gc.mark(asyncgen_firstiter);
    gc.mark(asyncgen_finalizer);
    for (Frame* f = frame; f; f = f->back) f->mark_refs(gc);
    for (auto& kv : registry) gc.mark(kv.second);
    for (auto& marker : root_markers) marker(gc);
    for (Rooted* r = heap.rooted; r; r = r->prev()) gc.mark(r->v);
    for (RootVector* r = heap.root_vectors; r; r = r->prev())
        for (const Value& v : r->values()) gc.mark(v);
    gc.drain();
    // Inside a pinned re-entry, every object at least as old as the pin stays (heap.h): mark
    // them all, and what they refer to; those the roots did not reach are the pinned garbage.
    // Which objects with finalizers are unreachable is decided before that when the pins are
    // only the event loop's task steps (finalize.h).
    bool finalizing = fin_count != 0 || !fin_drops.empty();
    bool pins_after = finalizing && fin_pins_ignorable(*this);
    size_t pinned_garbage = 0;
    auto mark_pins = [&]() {
        if (heap.pins.empty()) return;
        for (size_t i = 0, n = heap.pins.back(); i < n; ++i) {
            Obj* o = heap.objects[i];
            if (o->marked) continue;
            pinned_garbage += o->gc_size();
            gc.mark(o);
        }
        gc.drain();
    };
    if (!pins_after) mark_pins();
    // Objects with finalizers found unreachable live on to have them run (finalize.h).
    if (finalizing) fin_take_unreachable(*this, gc);
    if (pins_after) mark_pins();
    // Every object still watched is marked now (reachable, or kept for its finalizer); those
    // no longer watched leave the list before the sweep may free them.
    if (!heap.fin_objects.empty()) {
        size_t w = 0;
        for (Obj* o : heap.fin_objects) {
            if (o->fin)
                heap.fin_objects[w++] = o;
            else
                o->fin_listed = false;
        }
        heap.fin_objects.resize(w);
    }
    // Sweep. Finalizers (warnings) run after the sweep decided, before deletion.
    // The survivors move down in order; the objects are read a few ahead of the walk (they are
    // scattered over the pools: waiting for each in turn was most of a collection's time).
    // About as long as it will be (the finalizers' search marks a few objects by itself): grown
    // by doubling, the list of a million tasks' dead objects held up to three times their 8
    // bytes each, while every one of them was still allocated (million_tasks' peak).
    // When the dead are many and outnumber the survivors two to one (the collection at exit, a
    // phase's data dropped), the survivors move to a new list instead and the dead stay, in
    // order, at the front of the old one: 8 bytes a survivor, not a dead object (dicts.py's
    // exit listed a million dead, 8 MB at the program's peak).
    const size_t n_all = heap.objects.size();
#ifdef __EMSCRIPTEN__
    constexpr bool kInPlace = false; // (the page's first load: one loop)
#else
    constexpr bool kInPlace = true;
#endif
    const bool dead_in_place =
        kInPlace && n_all - gc.marked >= (size_t(1) << 16) && gc.marked < n_all / 3;
    ObjList survivors, old_list;
    std::vector<Obj*> dead_list;
    if (dead_in_place)
        survivors.reserve(gc.marked + 1024);
    else if (gc.marked < n_all)
        dead_list.reserve(n_all - gc.marked);
    size_t ndead = 0;
    std::vector<Obj*>& rare = heap.dead_rare;
    rare.clear();
    constexpr uint32_t kRare = uint32_t(1) << unsigned(Kind::Generator) |
                               uint32_t(1) << unsigned(Kind::Native) |
                               uint32_t(1) << unsigned(Kind::Type);
    ObjList& objs = heap.objects;
    // (every marked object was drained, or visited by the finalizers' search: Gc::live_bytes)
    size_t live = gc.live_bytes, freed = 0, kept_n = 0;
    uint32_t dead_kinds = 0;
    auto sweep = [&](auto in_place) { // (a loop for each way: no test per object)
        for (size_t i = 0, n = objs.size(); i < n; ++i) {
            if (i + 8 < n) __builtin_prefetch(objs[i + 8]);
            Obj* o = objs[i];
            if (o->marked) {
                o->marked = false;
                if constexpr (in_place)
                    survivors.push_back(o);
                else
                    objs[kept_n++] = o;
            } else {
                freed += o->gc_size();
                const uint32_t bit = uint32_t(1) << unsigned(o->kind);
                dead_kinds |= bit;
                if constexpr (in_place)
                    objs[ndead++] = o; // (ndead <= i)
                else
                    dead_list.push_back(o);
                if (bit & kRare) rare.push_back(o);
            }
        }
    };
    if constexpr (kInPlace) {
        if (dead_in_place)
            sweep(std::true_type{});
        else
            sweep(std::false_type{});
    } else {
        sweep(std::false_type{});
    }
    std::span<Obj*> dead;
    if (dead_in_place) {
        old_list.swap(objs); // (the objects the finalizers make join the survivors)
        objs.swap(survivors);
        dead = std::span<Obj*>(old_list.begin(), ndead);
    } else {
        objs.shrink_to(kept_n);
        dead = dead_list;
    }
    std::reverse(dead.begin(), dead.end()); // newest first, the order finalizers report in
    std::reverse(rare.begin(), rare.end());
    heap.dead_kinds = dead_kinds;
    for (auto& fin : finalizers) fin(dead);
    // Prefetched a few ahead: the dead are scattered, and the finalizers' walks over them
    // (most skip: Heap::dead_kinds) left few in the cache.
    for (size_t i = 0, n = dead.size(); i < n; ++i) {
        if (i + 4 < n) __builtin_prefetch(dead[i + 4]);
        delete dead[i];
    }
    heap.count -= dead.size();
    rare.clear();
    // What the cycle made: everything found now (kept or freed) less what the previous
    // collection kept (objects grow after they are made: a list appended to). The garbage a pin
    // keeps is not live data: the threshold follows the rest.
    size_t kept = live;
    size_t made = kept + freed > heap.kept_after_gc ? kept + freed - heap.kept_after_gc : 0;
    live = kept - pinned_garbage;
    // The pin's newest object: the sweep kept the first pins.back() objects in their places.
    Obj* pin =
        heap.pins.empty() || heap.pins.back() == 0 ? nullptr : heap.objects[heap.pins.back() - 1];
    // Again under the same pin (a long re-entry: __init__ making garbage), the threshold
    // includes the pinned garbage: marking it all again every few MB would cost time quadratic
    // in what the re-entry allocates.
    pace(heap, pin && pin == heap.last_pin ? kept : live, made, freed);
    heap.live_after_gc = live;
    heap.kept_after_gc = kept;
    heap.last_pin = pin;
    // Worth another collection once the pin is gone: at least a quarter of the next threshold.
    heap.retry_armed = false;
    heap.retry_at = pin && pinned_garbage >= heap.threshold / 4 ? heap.pins.size() : 0;
    if (gc_stats_enabled()) print_gc_stats(heap, kept, freed, made, live, dead.size());
    heap.allocated = 0;
    if (heap.stress) heap.threshold = 0;
    ++heap.collections;
    memory::settle(); // back within the memory budget: a MemoryError's headroom is withdrawn
}

} // namespace loopscope

namespace loopscope {
void NativeObj::mark_refs(Gc& gc) {
    gc.mark(dict);
}
} // namespace loopscope
