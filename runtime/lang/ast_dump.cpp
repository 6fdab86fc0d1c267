// ast_dump.cpp - see ast_dump.h for the format. The fields of every node come from
// for_each_field (ast_nodes.def), so only what CPython prints differently from our structs is
// written here: class names folded from flags, and a Constant's value.
#include "lang/ast_dump.h"

#include "lang/ast_visit.h"

#include <cstdio>
#include <type_traits>

namespace loopscope::ast {

namespace {

const char* op_name(Operator o) {
    static const char* const n[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                    "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                    "BitXor", "BitAnd", "FloorDiv"};
    return n[static_cast<int>(o)];
}
const char* op_name(CmpOperator o) {
    static const char* const n[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                    "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return n[static_cast<int>(o)];
}
const char* op_name(UnaryOperator o) {
    static const char* const n[] = {"Invert", "Not", "UAdd", "USub"};
    return n[static_cast<int>(o)];
}
const char* op_name(BoolOperator o) {
    return o == BoolOperator::And ? "And" : "Or";
}
const char* op_name(ConstantType t) { // MatchSingleton's value
    return t == ConstantType::True ? "True" : t == ConstantType::False ? "False" : "None";
}
const char* op_name(ExprContext c) {
    return c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del";
}

// CPython's class name of a node: the entry's name, except where we fold a class into a flag.
template <class N>
const char* class_name(const N&) {
    return N::kName;
}
const char* class_name(const FunctionDef& f) {
    return f.is_async ? "AsyncFunctionDef" : "FunctionDef";
}
const char* class_name(const For& f) {
    return f.is_async ? "AsyncFor" : "For";
}
const char* class_name(const With& w) {
    return w.is_async ? "AsyncWith" : "With";
}
const char* class_name(const Try& t) {
    return t.is_star ? "TryStar" : "Try";
}
const char* class_name(const ExprStmt&) {
    return "Expr";
}

// Prints one node; as the callback of for_each_field, prints each field after a space.
class Dumper {
public:
    explicit Dumper(bool positions) : positions_(positions) {}
    std::string out;

    template <class Family>
    void node(const Family* n) {
        visit_node(n, [&](const auto& node) { fields_of(node); });
    }

    // ---- one field (for_each_field's callback) ----
    void operator()(const Expr* e) {
        sep();
        optional(e);
    }
    void operator()(const ExprList& l) { list(l); }
    void operator()(const StmtList& l) { list(l); }
    void operator()(const Pattern* p) {
        sep();
        optional(p);
    }
    void operator()(const PatternList& l) { list(l); }
    void operator()(const std::string& identifier) {
        sep();
        out += identifier.empty() ? "_" : identifier;
    }
    void operator()(int v) {
        sep();
        out += std::to_string(v);
    }
    template <class Bool>
    requires std::is_same_v<Bool, bool> // not any pointer, which converts to bool
    void operator()(Bool b) { (*this)(b ? 1 : 0); }
    template <class Enum>
    requires std::is_enum_v<Enum>
    void operator()(Enum v) {
        sep();
        out += op_name(v);
    }
    void operator()(const CmpOperatorList& ops) { list(ops); }
    void operator()(const NameList& names) { list(names); }
#define AST_HELPER(Name, asdl)                                                                     \
    void operator()(const Name* h) {                                                               \
        sep();                                                                                     \
        optional(h);                                                                               \
    }                                                                                              \
    void operator()(const std::vector<Name*>& l) {                                                 \
        list(l);                                                                                   \
    }
#include "lang/ast_nodes.def"

private:
    void sep() {
        out += ' ';
    }

    // (Name@line:col-end_line:end_col field field ...)
    template <class N>
    void fields_of(const N& n) {
        out += '(';
        out += class_name(n);
        if constexpr (std::is_base_of_v<Pos, N>) {
            if (positions_) {
                char buf[64];
                snprintf(buf, sizeof buf, "@%d:%d-%d:%d", n.line, n.col, n.end_line, n.end_col);
                out += buf;
            }
        }
        for_each_field(n, *this);
        out += ')';
    }
    // CPython's Constant has one field, the value, which we keep as its source form.
    void fields_of(const Constant& c);

    // A node, a helper or `_` for nullptr, without the leading space.
    void optional(const Expr* e) {
        if (e)
            node(e);
        else
            out += '_';
    }
    void optional(const Stmt* s) {
        node(s);
    }
    void optional(const Pattern* p) {
        if (p)
            node(p);
        else
            out += '_';
    }
    template <class Helper>
    void optional(const Helper* h) {
        if (h)
            fields_of(*h);
        else
            out += '_';
    }
    void item(const std::string& s) {
        out += s;
    }
    void item(CmpOperator o) {
        out += op_name(o);
    }

    // [a b c]
    template <class T>
    void list(const std::vector<T>& l) {
        sep();
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i) out += ' ';
            if constexpr (std::is_pointer_v<T>)
                optional(l[i]);
            else
                item(l[i]);
        }
        out += ']';
    }

    void quoted(const std::string& s, bool escape_high) {
        out += '"';
        for (unsigned char c : s) {
            if (c == '\\')
                out += "\\\\";
            else if (c == '"')
                out += "\\\"";
            else if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (c < 0x20 || c == 0x7F || (escape_high && c >= 0x80)) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else
                out += static_cast<char>(c);
        }
        out += '"';
    }

    bool positions_;
};

void Dumper::fields_of(const Constant& c) {
    char buf[64];
    snprintf(buf, sizeof buf, "(Constant@%d:%d-%d:%d ", c.line, c.col, c.end_line, c.end_col);
    out += positions_ ? buf : "(Constant ";
    switch (c.type) {
        case ConstantType::None: out += "None"; break;
        case ConstantType::True: out += "True"; break;
        case ConstantType::False: out += "False"; break;
        case ConstantType::Ellipsis: out += "..."; break;
        case ConstantType::Int: out += c.text; break;
        case ConstantType::Float:
            snprintf(buf, sizeof buf, "%.17g", c.number);
            out += buf;
            break;
        case ConstantType::Imaginary:
            snprintf(buf, sizeof buf, "%.17gj", c.number);
            out += buf;
            break;
        case ConstantType::Str: quoted(c.text, false); break;
        case ConstantType::Bytes:
            out += 'b';
            quoted(c.text, true);
            break;
    }
    out += ')';
}

} // namespace

std::string dump(const Module& module, bool positions) {
    Dumper d(positions);
    d.out += "(Module";
    for (const Stmt* s : module.body) {
        d.out += "\n ";
        d.node(s);
    }
    d.out += ")";
    return d.out;
}

std::string dump(const Expr* e, bool positions) {
    Dumper d(positions);
    if (e)
        d.node(e);
    else
        d.out = "_";
    return d.out;
}

std::string dump(const Stmt* s, bool positions) {
    Dumper d(positions);
    d.node(s);
    return d.out;
}

std::string dump(const Pattern* p, bool positions) {
    Dumper d(positions);
    d.node(p);
    return d.out;
}

} // namespace loopscope::ast
