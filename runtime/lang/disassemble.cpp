// disassemble.cpp - a readable listing of bytecode, as CPython's dis module prints it:
//   line  offset  OPNAME  arg  (meaning)
#include "lang/compiler.h"
#include "lang/opcodes.h"
#include "lang/ops.h"

#include <cstdio>

namespace loopscope {

static std::string const_text(const Value& v) {
    switch (v.tag) {
        case Tag::None: return "None";
        case Tag::Bool: return v.b ? "True" : "False";
        case Tag::Int: return std::to_string(v.i);
        case Tag::Float: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.17g", v.f);
            return buf;
        }
        case Tag::Obj:
            if (v.o->kind == Kind::Str) return repr_string(static_cast<StrObj*>(v.o)->s);
            if (v.o->kind == Kind::Code)
                return "<code " + static_cast<CodeObj*>(v.o)->name->s + ">";
            if (v.o->kind == Kind::Tuple) return "(tuple)";
            return "<" + v.o->type->name->s + ">";
        default: return "?";
    }
}

static void listing(const CodeObj* code, std::string& out) {
    out += "Disassembly of " + code->qualname->s + ":\n";
    int last_line = -1;
    for (size_t i = 0; i < code->code.size(); ++i) {
        uint32_t ins = code->code[i];
        Op op = base_op(decode_op(ins)); // a pair fused for the VM lists as it was compiled
        uint32_t arg = decode_arg(ins);
        char head[32];
        int line = code->lines[i];
        if (line != last_line)
            std::snprintf(head, sizeof head, "%4d %6zu ", line, i);
        else
            std::snprintf(head, sizeof head, "     %6zu ", i);
        last_line = line;
        out += head;
        char body[64];
        std::snprintf(body, sizeof body, "%-22s %u", op_name(op), arg);
        out += body;
        std::string note;
        switch (op) {
            case Op::LOAD_CONST:
            case Op::KW_NAMES: note = const_text(code->consts[arg]); break;
            case Op::LOAD_FAST:
            case Op::STORE_FAST:
            case Op::DELETE_FAST: note = code->varnames[arg]->s; break;
            case Op::LOAD_GLOBAL:
            case Op::STORE_GLOBAL:
            case Op::LOAD_NAME:
            case Op::STORE_NAME:
            case Op::LOAD_ATTR:
            case Op::STORE_ATTR:
            case Op::LOAD_METHOD:
            case Op::IMPORT_NAME:
            case Op::IMPORT_FROM: note = code->names[arg]->s; break;
            case Op::JUMP:
            case Op::POP_JUMP_IF_FALSE:
            case Op::POP_JUMP_IF_TRUE:
            case Op::JUMP_IF_FALSE_OR_POP:
            case Op::JUMP_IF_TRUE_OR_POP:
            case Op::FOR_ITER:
            case Op::SEND: note = "to " + std::to_string(arg); break;
            default: break;
        }
        if (!note.empty()) out += " (" + note + ")";
        out += "\n";
    }
    if (!code->handlers.empty()) {
        out += "ExceptionTable:\n";
        for (const ExcEntry& e : code->handlers)
            out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " +
                   std::to_string(e.target) + " [" + std::to_string(e.depth) + "]\n";
    }
    for (const Value& c : code->consts)
        if (is_kind(c, Kind::Code)) {
            out += "\n";
            listing(static_cast<const CodeObj*>(c.o), out);
        }
}

std::string disassemble(const CodeObj* code) {
    std::string out;
    listing(code, out);
    return out;
}

} // namespace loopscope
