// vm_hooks.h - protocol slots written in Python, run by the dispatch loop in its own loop.
//
// An instruction whose operation resolves to a Python function (len(x) with a Python __len__,
// `in` with __contains__, a truth test with __bool__, ...) pushes that function's frame on the
// VM's chain like a plain call, marked with a ReturnHook: what the operation does with the
// result, applied at RETURN_VALUE in the caller (as CPython 3.12 runs property getters,
// __getitem__ and __init__). Recursion through such a slot then costs no machine stack (in wasm
// V8's stack stopped it at 430-960 levels, CPython goes to ~1,000) and its loops can pause.
// The levels of the recursion limit stay CPython 3.11's: the levels the native path counts
// besides the frame's (a builtin called from a code object's first calls, str()'s) are counted
// here too and given back when the frame returns or unwinds (frame_levels).
#pragma once

#include "lang/frame.h"
#include "lang/interp.h"

namespace loopscope {

enum ReturnHook : uint8_t {
    HOOK_NONE = 0, // a plain call
    HOOK_PLAIN,    // the result as it is (next(), __getattr__): levels to give back only
    HOOK_LEN,      // len(): an int >= 0
    HOOK_BOOL,     // bool(), a truth test: __bool__'s result, which must be a bool
    HOOK_LEN_BOOL, // bool(), a truth test of a class without __bool__: __len__'s result != 0
    HOOK_CONTAINS, // `in` / `not in`: the truth of __contains__'s result
    HOOK_ITER,     // iter(), GET_ITER: an iterator
    HOOK_STR,      // str(): a str
    HOOK_FORMAT,   // format(): a str
    HOOK_FOR_NEXT, // FOR_ITER: the next item; StopIteration out of the frame ends the loop
    HOOK_INIT,     // calling a class: __init__ must return None; the instance is the result
};

// Builtins whose calls may run a slot inline: which one the native `fn` is (builtins.cpp).
enum BuiltinProto : uint8_t {
    PROTO_NONE,
    PROTO_LEN,
    PROTO_ITER,
    PROTO_NEXT,
    PROTO_GETATTR,
    PROTO_FORMAT
};
BuiltinProto builtin_proto(NativeFn fn);

// A slot's frame carries its hook and those levels in Frame::flags, above the FRAME_* bits.
constexpr uint32_t kFrameHookShift = 8;
constexpr uint32_t kFrameLevelsShift = 16;
constexpr uint32_t kFrameHooked = 0xffffu << kFrameHookShift;
inline uint8_t frame_hook(const Frame* f) {
    return uint8_t(f->flags >> kFrameHookShift);
}
inline int32_t frame_levels(const Frame* f) {
    return int32_t((f->flags >> kFrameLevelsShift) & 0xffu);
}

// The frame running `callable(*args)` inline: len, iter, next, getattr, format, str or bool
// called on an instance whose slot is a Python function, with `cold` when the calling code
// object is in its first calls (the builtin then counts a level). nullptr when the call is not
// one of those (nothing done), failed (`*failed`, exception set, levels given back) or was
// completed without a frame (`*done`: getattr() found the attribute without __getattr__).
Frame* inline_builtin_call(Interp& I, Value callable, const Value* args, int32_t nargs, bool cold,
                           bool* failed, Value* done);

// The frame running v's slot `name` with `args` inline for an instruction (hook as given), or
// nullptr: not an instance of a class whose slot is a plain Python function (nothing done),
// or the arguments did not bind (`*failed`, exception set).
Frame* inline_slot(Interp& I, Value v, StrObj* name, const Value* args, int32_t nargs, uint8_t hook,
                   bool* failed);

// The frame running a plain class's Python __init__ for `cls(*args)` (CALL), with the new
// instance in `*inst` (the caller keeps it on its stack; HOOK_INIT makes it the result), or
// nullptr: not such a class (nothing done), or the call failed before it ran (`*failed`).
Frame* inline_class_call(Interp& I, Value cls, const CallArgs& a, bool* failed, Value* inst);

// A truth test of `v` inline: __bool__ (HOOK_BOOL) or, without one, __len__ (HOOK_LEN_BOOL).
// Without such a frame, `*truth` is v's truth (truthy(): 0, 1, or -1 with an exception set).
Frame* inline_truth(Interp& I, Value v, int* truth);

// getattr(obj, name) up to an instance's __getattr__ fallback when that is a plain Python
// function (ops_attr.cpp): the function, for the VM to run inline, when the generic lookup
// finds nothing; else nullptr with the attribute (or Error) in `*out`.
FunctionObj* inline_getattr_fallback(Interp& I, Value obj, StrObj* name, Value* out);

// The checks on what a slot written in Python returned, with CPython's messages, shared with
// the native paths (ops_proto.cpp): __len__'s result as a length (-1 on error), __bool__'s as a
// truth value (-1 on error), __iter__'s as an iterator, __str__/__repr__'s (`name`) and
// __format__'s as a str (Error on error).
int64_t len_result(Interp& I, Value r);
int bool_result(Interp& I, Value r);
Value iter_result(Interp& I, Value it);
Value text_result(Interp& I, Value r, StrObj* name);
Value format_dunder_result(Interp& I, Value r);

// What the caller's operation makes of the slot's result `r` (hook != HOOK_NONE, the caller's
// instruction `ins`): the value it pushes, Error with an exception set.
Value apply_return_hook(Interp& I, uint8_t hook, Value r, uint32_t ins);

} // namespace loopscope
