// vm_hooks.cpp - see vm_hooks.h.
#include "lang/vm_hooks.h"

#include "lang/classes.h"
#include "lang/opcodes.h"
#include "lang/ops.h"
#include "lang/vm_internal.h"

namespace loopscope {

namespace {

// An instance of a class (not of a builtin type or its subclass).
bool is_user_instance(Value v) {
    return v.is_obj() && v.o->kind == Kind::Instance && !v.o->type->is_builtin;
}

// v's slot `name` when it is a plain Python function (not a generator's), else nullptr.
FunctionObj* python_slot(Interp& I, Value v, StrObj* name) {
    Value f = type_lookup_cached(v.o->type, name);
    if (!is_kind(f, Kind::Function)) return nullptr;
    auto* fn = as<FunctionObj>(f);
    if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return nullptr;
    return fn;
}

// fn(self, *args) as a frame carrying the hook and `levels` already counted (given back when
// the arguments do not bind).
Frame* hooked_frame(Interp& I, FunctionObj* fn, Value self, const Value* args, int32_t nargs,
                    uint8_t hook, uint8_t levels, bool* failed) {
    Frame* nf = make_call_frame(I, fn, CallArgs{args, nargs, nullptr}, self);
    if (!nf) {
        I.depth -= levels;
        *failed = true;
        return nullptr;
    }
    nf->flags |= uint32_t(hook) << kFrameHookShift | uint32_t(levels) << kFrameLevelsShift;
    return nf;
}

// The level str() counts getting an object's text (call_text_dunder's).
bool enter_text_level(Interp& I) {
    if (++I.depth > I.recursion_limit) {
        --I.depth;
        raise(I, I.t.RecursionError,
              "maximum recursion depth exceeded while getting the repr of an object");
        return false;
    }
    return true;
}

} // namespace

Frame* inline_slot(Interp& I, Value v, StrObj* name, const Value* args, int32_t nargs, uint8_t hook,
                   bool* failed) {
    if (!is_user_instance(v)) return nullptr;
    FunctionObj* fn = python_slot(I, v, name);
    if (!fn) return nullptr;
    return hooked_frame(I, fn, v, args, nargs, hook, 0, failed);
}

Frame* inline_truth(Interp& I, Value v, int* truth) {
    // truthy()'s way for an instance of a class
    if (!is_user_instance(v)) {
        *truth = truthy(I, v);
        return nullptr;
    }
    bool failed = false;
    Frame* nf = nullptr;
    Value b = type_lookup_cached(v.o->type, I.n.__bool__);
    if (!b.is_undef()) {
        nf = inline_slot(I, v, I.n.__bool__, nullptr, 0, HOOK_BOOL, &failed);
    } else if (!type_lookup_cached(v.o->type, I.n.__len__).is_undef()) {
        nf = inline_slot(I, v, I.n.__len__, nullptr, 0, HOOK_LEN_BOOL, &failed);
    } else {
        *truth = 1; // neither: true
        return nullptr;
    }
    *truth = failed ? -1 : nf ? 0 : truthy(I, v);
    return nf;
}

Frame* inline_builtin_call(Interp& I, Value callable, const Value* args, int32_t nargs, bool cold,
                           bool* failed, Value* done) {
    Value v = args[0];
    if (!is_user_instance(v)) return nullptr;
    FunctionObj* fn = nullptr;
    uint8_t hook = HOOK_PLAIN;
    Value arg = Value::undef(); // the slot's argument, if any
    uint8_t levels = 0;
    if (is_kind(callable, Kind::NativeFunction)) {
        // (none of these counts a level itself: from a cold code object the CALL does)
        BuiltinProto proto = builtin_proto(as<NativeFunctionObj>(callable)->fn);
        if (proto == PROTO_LEN) { // -> dunder_len
            if (nargs != 1) return nullptr;
            fn = python_slot(I, v, I.n.__len__);
            hook = HOOK_LEN;
        } else if (proto == PROTO_ITER) { // -> get_iter
            if (nargs != 1) return nullptr;
            fn = python_slot(I, v, I.n.__iter__);
            hook = HOOK_ITER;
        } else if (proto == PROTO_NEXT) { // -> next_or_raise
            if (nargs != 1) return nullptr;
            fn = python_slot(I, v, I.n.__next__);
        } else if (proto == PROTO_GETATTR) { // -> getattr, when the generic lookup fails
            if (nargs != 2 || !is_str(args[1])) return nullptr;
            StrObj* s = as_str(args[1]);
            StrObj* name = s->interned ? s : I.intern(s->s);
            if (cold && !enter_c_level(I)) {
                *failed = true;
                return nullptr;
            }
            fn = inline_getattr_fallback(I, v, name, done);
            if (!fn) { // found (or failed) without the fallback: the call's result
                if (cold) leave_c_level(I);
                *failed = done->is_error();
                return nullptr;
            }
            arg = Value::object(name);
            return hooked_frame(I, fn, v, &arg, 1, HOOK_PLAIN, cold ? 1 : 0, failed);
        } else if (proto == PROTO_FORMAT) { // -> format
            if (nargs == 2 && !(is_kind(args[1], Kind::Str) && args[1].o->type == I.t.str))
                return nullptr;
            fn = python_slot(I, v, I.n.__format__);
            hook = HOOK_FORMAT;
            arg = nargs == 2 ? args[1] : I.str("");
        } else {
            return nullptr;
        }
        if (!fn) return nullptr;
        if (cold) {
            if (!enter_c_level(I)) {
                *failed = true;
                return nullptr;
            }
            levels = 1;
        }
    } else if (callable.is_obj() && callable.o == I.t.str) { // to_str -> call_text_dunder
        if (nargs != 1 || !(fn = python_slot(I, v, I.n.__str__))) return nullptr;
        hook = HOOK_STR;
        // str's tp_call from a cold code object, then the text's level
        if (cold && !enter_c_level(I)) {
            *failed = true;
            return nullptr;
        }
        if (!enter_text_level(I)) {
            if (cold) leave_c_level(I);
            *failed = true;
            return nullptr;
        }
        levels = cold ? 2 : 1;
    } else if (callable.is_obj() && callable.o == I.t.bool_) { // bool_new -> truthy
        if (nargs != 1) return nullptr;
        int t;
        Frame* nf = inline_truth(I, v, &t);
        if (t < 0)
            *failed = true;
        else if (!nf)
            *done = Value::boolean(t != 0);
        return nf;
    } else {
        return nullptr;
    }
    return hooked_frame(I, fn, v, &arg, arg.is_undef() ? 0 : 1, hook, levels, failed);
}

Value apply_return_hook(Interp& I, uint8_t hook, Value r, uint32_t ins) {
    switch (hook) {
        case HOOK_LEN: {
            int64_t n = len_result(I, r);
            return n < 0 ? Value::error() : Value::integer(n);
        }
        case HOOK_BOOL: {
            int t = bool_result(I, r);
            return t < 0 ? Value::error() : Value::boolean(t != 0);
        }
        case HOOK_LEN_BOOL: {
            int64_t n = len_result(I, r);
            return n < 0 ? Value::error() : Value::boolean(n != 0);
        }
        case HOOK_CONTAINS: {
            int t = truthy(I, r);
            if (t < 0) return Value::error();
            return Value::boolean(decode_arg(ins) ? t == 0 : t != 0); // (arg 1: `not in`)
        }
        case HOOK_ITER: return iter_result(I, r);
        case HOOK_STR: return text_result(I, r, I.n.__str__);
        case HOOK_FORMAT: return format_dunder_result(I, r);
        case HOOK_INIT:
            if (!r.is_none())
                return raise_type_error(I, "__init__() should return None, not '" +
                                               type_name(I, r) + "'");
            return r;
        default: return r;
    }
}

} // namespace loopscope
