// heap.h - allocation and the mark-and-sweep collector.
//
// Mark and sweep over an intrusive list of every object. Allocation never collects: it only
// counts, and the VM collects at safe points (the top of an instruction, where every live value
// is on a frame or in a root), so native code may hold raw pointers between safe points.
// Native code that re-enters Python (a sort key, a __repr__) raises Interp::native_depth, which
// defers collection until it returns. Sizes are platform-independent estimates, so collection
// points - and any finalizer output such as "coroutine ... was never awaited" - happen at the
// same place natively and in wasm.
#pragma once

#include "lang/value.h"

#include <cstddef>
#include <vector>

namespace loopscope {

struct Obj;
struct Frame;

struct Gc {
    std::vector<Obj*> gray; // marked objects whose references are not yet marked
    void mark(Obj* o);
    void mark(const Value& v) {
        if (v.tag == Tag::Obj) mark(v.o);
    }
};

struct Heap {
    Obj* objects = nullptr;     // every live object
    size_t allocated = 0;       // estimated bytes since the last collection
    size_t live_after_gc = 0;   // estimated bytes that survived the last collection
    size_t threshold = 8 << 20; // collect when `allocated` passes this
    size_t count = 0;           // live objects
    size_t collections = 0;

    template <typename T, typename... A>
    T* alloc(A&&... a) {
        T* o = new T(static_cast<A&&>(a)...);
        o->gc_next = objects;
        objects = o;
        allocated += o->gc_size();
        ++count;
        return o;
    }
    bool wants_collection() const { return allocated > threshold; }
    ~Heap();
};

} // namespace loopscope
