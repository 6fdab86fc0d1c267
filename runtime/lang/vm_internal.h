// vm_internal.h - pieces of the VM shared by vm.cpp (the dispatch loop), vm_call.cpp (frames
// and argument binding), vm_gen.cpp (generators) and traceback.cpp.
#pragma once

#include "core/stack_guard.h"
#include "lang/frame.h"
#include "lang/interp.h"
#include "lang/vm.h"

namespace loopscope {

// A frame for calling `f` with `a` (and `self` prepended when not Undef); nullptr with an
// exception set when the arguments do not fit the parameters.
Frame* make_call_frame(Interp& I, FunctionObj* f, const CallArgs& a, Value self);
// Wrap a fresh frame of a generator/coroutine/async-generator function in its GenObj.
Value make_generator(Interp& I, FunctionObj* f, Frame* fr);
void init_cells(Interp& I, Frame* fr, FunctionObj* f);

// Run `entry` (already linked: entry->back == previous I.frame, I.frame == entry, depth
// counted) until it returns, yields or raises. With `throwing`, start by raising I.exc at the
// frame's current instruction. With `sink` (gen_drain, entry a plain generator's frame), each
// value the entry yields goes to the sink and the generator is resumed in this same run.
RunResult run_frame(Interp& I, Frame* entry, bool throwing, const YieldSink* sink = nullptr);

// Entering Python from native code, deeply nested: is the machine stack nearly used up? Then
// RecursionError, as at the recursion limit (core/stack_guard.h; asked only past 32 nested
// native entries, where the wasm probe's cost does not matter).
inline bool native_stack_low(const Interp& I) {
    return I.native_depth >= 32 && stack_guard::low();
}

// LOAD_ATTR on an instance whose class has a property `name` with a plain Python getter (no
// __getattribute__ of its own): the getter, which the VM then runs as a call in its own loop
// instead of recursing through native code (as CPython 3.12's LOAD_ATTR_PROPERTY), so a
// property's recursion costs no machine stack and its loops can pause. nullptr otherwise.
FunctionObj* inline_property_getter(Interp& I, Value obj, StrObj* name);

// Link a fresh non-generator frame on the chain and run it to completion.
Value run_nested(Interp& I, Frame* fr);

// Record that an exception passes through `f` (a traceback line).
void add_traceback(Interp& I, Value exc, Frame* f);

// A generator's frame finished: free it and mark the generator done.
void finish_generator(Interp& I, GenObj* g);

// The `__build_class__` builtin.
Value build_class(Interp& I, Value self, const CallArgs& a);

} // namespace loopscope
