// finalize.h - finalizers run when the last reference goes, in CPython's order: __del__, a
// suspended generator's `finally` / `__exit__` (close()), "coroutine ... was never awaited".
//
// The design: no reference counts. The objects whose finalizer a learner can see carry
// Obj::fin (instances of a class with a Python __del__, coroutines, generators and async
// generators whose code has a handler), counted in Interp::fin_count. While that count is not
// zero, the VM looks at the values a program drops where a learner's code drops references
// (POP_TOP, a store over a variable, `del`, a frame returning or unwinding): a dropped value
// carrying `fin` is noted in Interp::fin_drops and a collection - a reachability probe - runs
// right there. The collector hands every unreachable `fin` object to the finalization queue
// (fin_take_unreachable), keeping it and what it refers to alive one more cycle (PEP 442:
// a finalizer may resurrect its object; it runs once), in the order CPython's deallocation
// would reach them from the dropped value (an object's finalizer before its contents, a list's
// items last first, a dict's in order), then the rest (cycles) oldest first. The finalizers
// run after the collection, where Python code may run. An object with a __del__ on a
// reference cycle is left to the next collection that is not a probe (gc.collect(), the heap's
// own, the program's end), as CPython leaves a cycle to its cycle collector.
//
// Why: reference counts on every value would cost every program on every copy; a probe costs
// only programs that drop such an object, once per drop, and is exact (it is the collector's
// own reachability). Programs without such objects pay one predictable branch per drop site.
// A probe costs a collection, so an object that probes found still referenced twice is not
// probed again at weak drops (fin_dropped): a loop calling a method of an object with __del__
// does not collect at every call. The end of the frame that made the object, or of an older
// one, is probed a few times more: there its last reference usually goes, after the calls it
// was passed to found it alive.
#pragma once

#include "lang/interp.h"

#include <span>

namespace loopscope {

// `depth`: the depth of the frame making `o` (a class call counts a level of its own).
inline void fin_watch(Interp& I, Obj* o, int32_t depth) {
    if (!o->fin) {
        o->fin = true;
        o->fin_depth = uint16_t(depth < 0 ? 0 : depth < 0xffff ? depth : 0xffff);
        ++I.fin_count;
        if (!o->fin_listed) {
            o->fin_listed = true;
            I.heap.fin_objects.push_back(o);
        }
    }
}
inline void fin_watch(Interp& I, Obj* o) {
    fin_watch(I, o, I.depth);
}
inline void fin_unwatch(Interp& I, Obj* o) {
    if (o->fin) {
        o->fin = false;
        --I.fin_count;
    }
}
// A reference to `v` was dropped: true when it may have been the last one of a `fin` object.
// A weak drop (a value popped, a call's argument, a frame's local) is probed a few times per
// object (Obj::fin_probes counts them; a probe that was the last reference finalizes it, so
// only futile ones matter): kFutileProbes times in general (an object used all along: a global
// passed to functions), kOwnerProbes when the frame that made it ends, kOlderProbes when an
// older frame ends (it got the object from a factory). Rebinding or deleting a variable
// (strong) always is.
constexpr uint8_t kFutileProbes = 2;
constexpr uint8_t kOwnerProbes = 4;
constexpr uint8_t kOlderProbes = 4;
// Whether a weak drop of `o` is probed, counting it (`frame_depth`: the ending frame's, or -1).
inline bool fin_weak_probe(Obj* o, int32_t frame_depth) {
    uint8_t near = o->fin_probes & 0x0f, older = o->fin_probes >> 4;
    if (frame_depth >= 0 && frame_depth < int32_t(o->fin_depth)) {
        if (older >= kOlderProbes) return false;
        o->fin_probes = uint8_t((older + 1) << 4 | near);
        return true;
    }
    if (near >= (frame_depth == int32_t(o->fin_depth) ? kOwnerProbes : kFutileProbes)) return false;
    o->fin_probes = uint8_t(older << 4 | (near + 1));
    return true;
}
inline bool fin_dropped(Interp& I, Value v, bool weak = true) {
    if (v.is_obj() && v.o->fin && (!weak || fin_weak_probe(v.o, -1))) {
        I.fin_drops.push_back(v.o);
        return true;
    }
    return false;
}
// A dropped value that is, or holds within two levels (a list, tuple or dict of them, an
// object's attributes; 32 items a level), an object with a finalizer: `v` is the probe's root.
// `frame_depth`: the depth of the frame whose end drops `v` (-1: not a frame's end).
bool fin_dropped_deep(Interp& I, Value v, bool weak = true, int32_t frame_depth = -1);
// The value a store or delete is about to replace, when it can be found without running
// Python (Undef otherwise): an instance's attribute, a list's item at an int index, a dict's
// value under a str key.
Value fin_peek_attr(Value obj, StrObj* name);
Value fin_peek_item(Value container, Value key);
// The items a native is about to drop (list.clear, dict.clear): noted last first when
// `reverse` (as CPython's list frees its items), true when one may have been a last reference.
bool fin_dropped_all(Interp& I, std::span<const Value> items, bool reverse);
// Drops were noted where Python cannot run now: the next safe point collects (and finalizes).
void fin_request(Interp& I);
// Collect now, the drops first, and run the finalizers due. Only where collect() may run.
void fin_probe(Interp& I);
// Run the finalizers the collector queued (I.exc is kept).
void run_finalizers(Interp& I);
// Whether the collector may decide reachability for finalization without the pins of
// re-entries (heap.h): when no native is running below the Python code (native_depth 0), the
// only re-entries are the event loop driver's task steps and callbacks, and what the driver
// holds is a task, its coroutine (on the frame chain) and a handle, none of them an object
// with a finalizer. A pin still keeps everything older from being freed.
inline bool fin_pins_ignorable(const Interp& I) {
    return I.native_depth == 0;
}
// The collector's part (heap.cpp), after marking and before the sweep.
void fin_take_unreachable(Interp& I, Gc& gc);
// The end of a run: the main module's globals go in insertion order (as CPython 3.11's
// shutdown shows them), their finalizers run.
void fin_shutdown(Interp& I, DictObj* globals);
// "Exception ignored in: <what>" and the traceback of I.exc (cleared), as CPython's unraisable
// hook prints it.
void report_unraisable(Interp& I, Value what);
// Registers the queue as a root.
void init_finalize(Interp& I);

} // namespace loopscope
