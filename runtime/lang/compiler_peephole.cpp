// compiler_peephole.cpp - the last pass over a unit's finished code: pairs of instructions
// that one dispatch runs (opcodes.h, LS_FUSED_OPCODES).
#include "lang/compiler_impl.h"

namespace loopscope {

static Op fused(Op first, Op second) {
    switch (first) {
        case Op::LOAD_FAST:
            if (second == Op::LOAD_FAST) return Op::LOAD_FAST__LOAD_FAST;
            if (second == Op::LOAD_CONST) return Op::LOAD_FAST__LOAD_CONST;
            break;
        case Op::LOAD_CONST:
            if (second == Op::LOAD_FAST) return Op::LOAD_CONST__LOAD_FAST;
            break;
        case Op::STORE_FAST:
            if (second == Op::LOAD_FAST) return Op::STORE_FAST__LOAD_FAST;
            if (second == Op::STORE_FAST) return Op::STORE_FAST__STORE_FAST;
            break;
        case Op::COMPARE_OP:
            if (second == Op::POP_JUMP_IF_FALSE || second == Op::POP_JUMP_IF_TRUE)
                return Op::COMPARE_OP__POP_JUMP;
            break;
        case Op::FOR_ITER:
            // (an UNPACK_SEQUENCE of two: the pair iterators' items, vm.cpp)
            if (second == Op::UNPACK_SEQUENCE) return Op::FOR_ITER__UNPACK_SEQUENCE;
            break;
        default: break;
    }
    return first;
}

// A pair is fused when both instructions are on one line (line tracing sees no line start
// between them) under one exception handler. The second keeps its opcode, so a pair may
// overlap the next one: each first instruction is rewritten from the original second.
void fuse_instruction_pairs(CodeObj* code, const std::vector<int>& instr_handler) {
    std::vector<uint32_t>& c = code->code;
    for (size_t i = 0; i + 1 < c.size(); ++i) {
        if (code->lines[i] != code->lines[i + 1] || instr_handler[i] != instr_handler[i + 1])
            continue;
        Op op = fused(decode_op(c[i]), base_op(decode_op(c[i + 1])));
        if (op == Op::FOR_ITER__UNPACK_SEQUENCE && decode_arg(c[i + 1]) != 2) continue;
        if (op != decode_op(c[i])) c[i] = encode(op, decode_arg(c[i]));
    }
}

} // namespace loopscope
