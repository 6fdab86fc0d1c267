// vm_cold.h - the dispatch loop's cold instructions, run outside run_frame (vm_cold.cpp).
//
// run_frame keeps the frequent instructions and the fast paths of the others; the rest (rare
// opcodes, slow paths, error messages) are handlers it calls. Why: V8 (node 20's) compiles a huge
// wasm function with its simpler register allocator, which gave run_frame a ~1.8 KB frame of V8's
// stack, and every level of recursion through native code (map, a sort key, a dict key's
// __hash__) holds one; a small run_frame has a small frame and runs faster too.
//
// A handler runs instruction `ins` of the running frame `f`, whose ip (past the instruction)
// and sp run_frame has saved in `f` (sp is passed too: read back from `f` together with ip,
// GCC loaded both with one 16-byte load, which a CPU cannot forward from the two 8-byte
// stores just made: a stall that cost richards ~10%); it leaves them in `f` and returns nullptr
// (done), one of the kCold* statuses below, or a frame to run inline next (its depth checked, the
// operands popped: a Python call, a slot with its return hook, vm_hooks.h). `kw` is the pending
// KW_NAMES of a CALL (nullptr otherwise).
#pragma once

#include "lang/frame.h"
#include "lang/interp.h"

#include <array>
#include <cstdint>

namespace loopscope {

constexpr uintptr_t kColdError = 1;  // an exception is set: the instruction failed
constexpr uintptr_t kColdUnwind = 2; // I.exc is to be raised as is (a bare `raise`)
constexpr uintptr_t kColdPause = 3;  // a native left work for the driver: pause
constexpr uintptr_t kColdLast = 3;

// Whether a native call's arguments, dropped now, may have left an object with __del__ to
// probe (finalize.h); for CALL's native paths in run_frame and cold_call.
bool native_args_dropped(Interp& I, const Value* argp, int32_t nargs);

// The handlers (vm_cold.cpp), named for their opcode; cold_invalid does nothing.
Frame* cold_invalid(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_fast(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_delete_fast(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_deref(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_delete_deref(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_classderef(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_global(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_store_global(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_delete_global(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_name(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_store_name(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_delete_name(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_attr(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_store_attr(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_delete_attr(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_method(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_binary_op(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_unary_op(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_compare_op(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_contains_op(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_binary_subscr(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_store_subscr(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_delete_subscr(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_binary_slice(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_store_slice(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_build_slice(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_build_set(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_build_map(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_build_string(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_set_add(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_map_add(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_list_extend(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_set_update(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_dict_update(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_list_to_tuple(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_format_value(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_unpack(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_pop_jump_if(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_jump_if_or_pop(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_get_iter(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_send(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_get_awaitable(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_get_yield_from_iter(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_get_aiter(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_get_anext(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_before_with(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_with_except_start(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_check_exc_match(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_check_eg_match(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_prep_reraise_star(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_raise_varargs(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_load_build_class(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_make_function(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_call(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_call_function_ex(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_import_name(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_import_from(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_get_len(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_match_sequence(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_match_mapping(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_match_keys(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_match_class(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
Frame* cold_setup_annotations(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);

// By opcode. Besides dispatching the opcodes run_frame has no case for, the table keeps
// wasm-opt from inlining a handler with one caller back into run_frame (a function in the
// table counts as used from outside). run_frame calls the others directly: an indirect call
// shared by all of them was mispredicted often enough to cost ~12% natively (richards).
using ColdOp = Frame* (*)(Interp& I, Frame* f, Value* sp, uint32_t ins, TupleObj* kw);
extern const std::array<ColdOp, 256> kColdOps;

// A builtin class (with the plain metaclass) whose call is its __new__ alone (call_type), other
// than type and str (their one-argument calls have shortcuts there); else nullptr.
inline TypeObj* builtin_type_made_by_new(Interp& I, Value callable) {
    if (!is_kind(callable, Kind::Type) || callable.o->type != I.t.type) return nullptr;
    auto* t = static_cast<TypeObj*>(callable.o);
    if (!t->is_builtin || !t->new_fn || t == I.t.type || t == I.t.str) return nullptr;
    return t;
}

// A safe point's collection (SAFE_POINT_AT in vm.cpp): false when the memory budget is over
// and MemoryError could not be raised otherwise.
bool collect_at_safe_point(Interp& I);

} // namespace loopscope
