// opcodes.h - the bytecode instruction set, one X-macro list.
//
// Each instruction is a 32-bit word: 8-bit opcode | 24-bit argument. The list records each
// opcode's stack effect so the compiler (max stack depth), the disassembler and the VM agree.
// STACK(arg) is the net change of the value stack when the instruction falls through;
// jump effects differ only where noted. Semantics follow CPython 3.11's opcodes of the same
// name where one exists.
#pragma once

#include <cstdint>

namespace loopscope {

// X(name, stack effect as an expression of `arg`)
#define LS_OPCODES(X)                                                                              \
    X(NOP, 0)                                                                                      \
    X(POP_TOP, -1)                                                                                 \
    X(PUSH_NULL, 1) /* Undef marker below a callable: "no self" */                                 \
    X(COPY, 1)      /* push stack[-arg] */                                                         \
    X(SWAP, 0)      /* swap TOS and stack[-arg] */                                                 \
    X(LOAD_CONST, 1)                                                                               \
    X(LOAD_FAST, 1)                                                                                \
    X(STORE_FAST, -1)                                                                              \
    X(DELETE_FAST, 0)                                                                              \
    X(LOAD_DEREF, 1) /* cell/free slot arg (index after the fast locals) */                        \
    X(STORE_DEREF, -1)                                                                             \
    X(DELETE_DEREF, 0)                                                                             \
    X(LOAD_CLOSURE, 1)    /* push the cell object itself (building a closure) */                   \
    X(LOAD_CLASSDEREF, 1) /* class body: locals dict, then the free cell */                        \
    X(LOAD_GLOBAL, 1)                                                                              \
    X(STORE_GLOBAL, -1)                                                                            \
    X(DELETE_GLOBAL, 0)                                                                            \
    X(LOAD_NAME, 1)                                                                                \
    X(STORE_NAME, -1)                                                                              \
    X(DELETE_NAME, 0)                                                                              \
    X(LOAD_ATTR, 0)                                                                                \
    X(STORE_ATTR, -2)                                                                              \
    X(DELETE_ATTR, -1)                                                                             \
    X(LOAD_METHOD, 1)  /* obj -> [meth, self] or [Undef, attr] */                                  \
    X(BINARY_OP, -1)   /* arg: BinOp, +16 for the in-place form */                                 \
    X(UNARY_OP, 0)     /* arg: UnaryOp */                                                          \
    X(COMPARE_OP, -1)  /* arg: CmpOp */                                                            \
    X(IS_OP, -1)       /* arg 1: `is not` */                                                       \
    X(CONTAINS_OP, -1) /* arg 1: `not in` */                                                       \
    X(BINARY_SUBSCR, -1)                                                                           \
    X(STORE_SUBSCR, -3) /* [value, obj, key] */                                                    \
    X(DELETE_SUBSCR, -2)                                                                           \
    X(BUILD_SLICE, 1 - int(arg))                                                                   \
    X(BINARY_SLICE, -int(arg))    /* [obj, start, stop(, step)] -> obj[start:stop(:step)] */       \
    X(STORE_SLICE, -2 - int(arg)) /* [value, obj, start, stop(, step)] */                          \
    X(BUILD_TUPLE, 1 - int(arg))                                                                   \
    X(BUILD_LIST, 1 - int(arg))                                                                    \
    X(BUILD_SET, 1 - int(arg))                                                                     \
    X(BUILD_MAP, 1 - 2 * int(arg))                                                                 \
    X(BUILD_STRING, 1 - int(arg))                                                                  \
    X(LIST_APPEND, -1) /* stack[-arg-1].append(TOS) */                                             \
    X(SET_ADD, -1)                                                                                 \
    X(MAP_ADD, -2) /* stack[-arg-2][key] = value */                                                \
    X(LIST_EXTEND, -1)                                                                             \
    X(SET_UPDATE, -1)                                                                              \
    X(DICT_UPDATE, -1)                                                                             \
    X(DICT_MERGE, -1) /* like DICT_UPDATE, but duplicate keys are a TypeError (f(**a)) */          \
    X(LIST_TO_TUPLE, 0)                                                                            \
    X(FORMAT_VALUE, ((arg)&4) ? -1 : 0) /* arg&3: conversion (0 none,1 str,2 repr,3 ascii) */      \
    X(UNPACK_SEQUENCE, int(arg) - 1)                                                               \
    X(UNPACK_EX, int((arg)&0xff) + int((arg) >> 8))                                                \
    X(JUMP, 0)                                                                                     \
    X(POP_JUMP_IF_FALSE, -1)                                                                       \
    X(POP_JUMP_IF_TRUE, -1)                                                                        \
    X(JUMP_IF_FALSE_OR_POP, -1) /* keeps TOS when jumping */                                       \
    X(JUMP_IF_TRUE_OR_POP, -1)                                                                     \
    X(GET_ITER, 0)                                                                                 \
    X(FOR_ITER, 1) /* exhausted: pop the iterator and jump */                                      \
    X(RETURN_VALUE, -1)                                                                            \
    X(RAISE_VARARGS, -int(arg))                                                                    \
    X(RERAISE, -1)                                                                                 \
    X(PUSH_EXC_INFO, 1)      /* [exc] -> [previously handled, exc] */                              \
    X(POP_EXCEPT, -1)        /* restore the previously handled exception */                        \
    X(CHECK_EXC_MATCH, 0)    /* [exc, type] -> [exc, bool] */                                      \
    X(CHECK_EG_MATCH, 0)     /* [eg, type] -> [rest, match or None] (except*) */                   \
    X(PREP_RERAISE_STAR, -1) /* [orig, raised list] -> [exc to re-raise or None] */                \
    X(LOAD_ASSERTION_ERROR, 1)                                                                     \
    X(LOAD_BUILD_CLASS, 1)                                                                         \
    X(MAKE_FUNCTION,                                                                               \
      -int(((arg)&1) + (((arg) >> 1) & 1) + (((arg) >> 2) & 1) + (((arg) >> 3) & 1)))              \
    X(KW_NAMES, 0)                         /* the next CALL's keyword names: consts[arg] */        \
    X(CALL, -1 - int(arg))                 /* [null|meth, callable|self, args...] -> result */     \
    X(CALL_FUNCTION_EX, -2 - int((arg)&1)) /* [null, f, args tuple, (kwargs)] -> result */         \
    X(YIELD_VALUE, 0)                                                                              \
    X(SEND, 0)          /* [recv, v] -> [recv, yielded]; done: [result], jump */                   \
    X(GET_AWAITABLE, 0) /* arg: 0 await, 1 aenter, 2 aexit */                                      \
    X(GET_YIELD_FROM_ITER, 0)                                                                      \
    X(GET_AITER, 0)                                                                                \
    X(GET_ANEXT, 1)                                                                                \
    X(END_ASYNC_FOR, -2)    /* [aiter, exc]: StopAsyncIteration ends the loop, else re-raise */    \
    X(BEFORE_WITH, 1)       /* [mgr] -> [exit, enter()] */                                         \
    X(BEFORE_ASYNC_WITH, 1) /* [mgr] -> [aexit, aenter()] */                                       \
    X(WITH_EXCEPT_START, 1) /* [exit, prev, exc] -> [..., exit(type, exc, tb)] */                  \
    X(IMPORT_NAME, 1)                                                                              \
    X(IMPORT_FROM, 1) /* [module] -> [module, module.name] */                                      \
    X(SETUP_ANNOTATIONS, 0)                                                                        \
    X(RETURN_GENERATOR, 0) /* reserved */                                                          \
    X(GET_LEN, 1)          /* [obj] -> [obj, len(obj)] */                                          \
    X(MATCH_SEQUENCE, 1)   /* [subj] -> [subj, is it a sequence for patterns] */                   \
    X(MATCH_MAPPING, 1)    /* [subj] -> [subj, is it a mapping for patterns] */                    \
    X(MATCH_KEYS, 1)       /* [subj, keys] -> [subj, keys, values tuple or None] */                \
    X(MATCH_CLASS, -2) /* [subj, cls, names] -> [attributes tuple or None]; arg: positionals */    \
    LS_FUSED_OPCODES(X)

// Pairs of instructions run by one dispatch (CPython 3.11's superinstructions). The peephole
// pass (compiler_peephole.cpp) gives the first instruction of a pair on one line the fused
// opcode and leaves the second in place: the fused handler reads the second's argument and
// skips it, a jump to the second runs it alone, and whatever is not a fast path (an unbound
// local, a compare of objects) runs the first alone and the second as itself. Never in code
// being compiled: the effect is the first instruction's.
#define LS_FUSED_OPCODES(X)                                                                        \
    X(LOAD_FAST__LOAD_FAST, 1)                                                                     \
    X(LOAD_FAST__LOAD_CONST, 1)                                                                    \
    X(LOAD_CONST__LOAD_FAST, 1)                                                                    \
    X(STORE_FAST__LOAD_FAST, -1)                                                                   \
    X(STORE_FAST__STORE_FAST, -1)                                                                  \
    X(COMPARE_OP__POP_JUMP, -1)     /* COMPARE_OP, then POP_JUMP_IF_FALSE or _TRUE */              \
    X(FOR_ITER__UNPACK_SEQUENCE, 1) /* FOR_ITER, then UNPACK_SEQUENCE 2 */

enum class Op : uint8_t {
#define LS_OP_ENUM(name, effect) name,
    LS_OPCODES(LS_OP_ENUM)
#undef LS_OP_ENUM
        Count
};

// LIST_EXTEND's argument flag: the lone starred argument of a call, f(*x) (its error names f).
constexpr uint32_t kLoneStarArg = 1u << 16;

inline int stack_effect(Op op, uint32_t arg) {
    switch (op) {
#define LS_OP_EFFECT(name, effect)                                                                 \
    case Op::name: return (effect);
        LS_OPCODES(LS_OP_EFFECT)
#undef LS_OP_EFFECT
        default: return 0;
    }
}

const char* op_name(Op op);

// The instruction a fused opcode starts with (itself for the others).
inline Op base_op(Op op) {
    switch (op) {
        case Op::LOAD_FAST__LOAD_FAST:
        case Op::LOAD_FAST__LOAD_CONST: return Op::LOAD_FAST;
        case Op::LOAD_CONST__LOAD_FAST: return Op::LOAD_CONST;
        case Op::STORE_FAST__LOAD_FAST:
        case Op::STORE_FAST__STORE_FAST: return Op::STORE_FAST;
        case Op::COMPARE_OP__POP_JUMP: return Op::COMPARE_OP;
        case Op::FOR_ITER__UNPACK_SEQUENCE: return Op::FOR_ITER;
        default: return op;
    }
}

inline uint32_t encode(Op op, uint32_t arg) {
    return uint32_t(op) | (arg << 8);
}
inline Op decode_op(uint32_t ins) {
    return Op(ins & 0xff);
}
inline uint32_t decode_arg(uint32_t ins) {
    return ins >> 8;
}

// Flags of MAKE_FUNCTION
enum : uint32_t { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8 };

} // namespace loopscope
