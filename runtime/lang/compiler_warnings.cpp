// compiler_warnings.cpp - the SyntaxWarnings CPython 3.11's compiler issues about code that
// is legal but surely a mistake: `x is 5`, `"a" (1)` (a missed comma), `5[0]`,
// `[1, 2]["a"]`, `assert (x, "msg")`. The checks see literals as CPython's AST optimizer
// leaves them: `-1` and `(1, 2)` are folded constants, `(1, x)` is not.
#include "lang/compiler_impl.h"

#include <algorithm>

namespace loopscope {

namespace {

using ast::Expr;

// What the compiler knows of an expression's value: its type name (CPython's infer_type,
// nullptr if unknown) and whether the optimizer folds it to a constant.
struct Known {
    const char* type = nullptr;
    bool constant = false;
};

Known constant_type(const ast::Constant* c) {
    using T = ast::ConstantType;
    switch (c->type) {
        case T::None: return {"NoneType", true};
        case T::True:
        case T::False: return {"bool", true};
        case T::Ellipsis: return {"ellipsis", true};
        case T::Int: return {"int", true};
        case T::Float: return {"float", true};
        case T::Imaginary: return {"complex", true};
        case T::Str: return {"str", true};
        case T::Bytes: return {"bytes", true};
    }
    return {};
}

bool is_type(const Known& k, std::string_view name) {
    return k.type && name == k.type;
}

Known known(const Expr* e) {
    using K = Expr::Kind;
    switch (e->kind) {
        case K::Constant: return constant_type(e->as<ast::Constant>());
        case K::UnaryOp: {
            // (fold_unaryop: -, + and ~ of numbers, `not` of any constant)
            auto* u = e->as<ast::UnaryOp>();
            Known k = known(u->operand);
            if (!k.constant) return {};
            bool integral = is_type(k, "int") || is_type(k, "bool");
            bool number = integral || is_type(k, "float") || is_type(k, "complex");
            switch (u->op) {
                case ast::UnaryOperator::Not: return {"bool", true};
                case ast::UnaryOperator::Invert: return integral ? Known{"int", true} : Known{};
                case ast::UnaryOperator::UAdd:
                case ast::UnaryOperator::USub:
                    if (!number) return {};
                    return {integral ? "int" : k.type, true};
            }
            return {};
        }
        case K::Tuple: {
            bool all = true; // (fold_tuple: a tuple of constants is one)
            for (const Expr* x : e->as<ast::Tuple>()->elts) all = all && known(x).constant;
            return {"tuple", all};
        }
        case K::List:
        case K::ListComp: return {"list"};
        case K::Dict:
        case K::DictComp: return {"dict"};
        case K::Set:
        case K::SetComp: return {"set"};
        case K::GeneratorExp: return {"generator"};
        case K::Lambda: return {"function"};
        case K::JoinedStr:
        case K::FormattedValue: return {"str"};
        default: return {};
    }
}

} // namespace

void Compiler::warn(int line, std::string message) {
    warnings_.push_back(CompileWarning{line, std::move(message)});
}

void Compiler::defaults_warn_first(size_t mark, size_t body_end) {
    std::rotate(warnings_.begin() + long(mark), warnings_.begin() + long(body_end),
                warnings_.end());
}

// check_compare: `is` / `is not` with an operand that is a literal other than a singleton
void Compiler::check_compare(const ast::Compare* c) {
    auto literal = [](const Expr* e) {
        Known k = known(e);
        return k.constant && !is_type(k, "NoneType") && !is_type(k, "bool") &&
               !is_type(k, "ellipsis");
    };
    bool left = literal(c->left);
    for (size_t i = 0; i < c->ops.size(); ++i) {
        bool right = literal(c->comparators[i]);
        ast::CmpOperator op = c->ops[i];
        if ((op == ast::CmpOperator::Is || op == ast::CmpOperator::IsNot) && (left || right)) {
            warn(c->line, op == ast::CmpOperator::Is
                              ? "\"is\" with a literal. Did you mean \"==\"?"
                              : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

// check_caller: a display or literal called, as `"a" (1)` for a missed comma
void Compiler::check_caller(const ast::Call* c) {
    using K = Expr::Kind;
    switch (c->func->kind) {
        case K::Constant:
        case K::Tuple:
        case K::List:
        case K::ListComp:
        case K::Dict:
        case K::DictComp:
        case K::Set:
        case K::SetComp:
        case K::GeneratorExp:
        case K::JoinedStr:
        case K::FormattedValue: break;
        case K::UnaryOp:
            if (known(c->func).constant) break;
            return;
        default: return;
    }
    warn(c->line, std::string("'") + known(c->func).type +
                      "' object is not callable; perhaps you missed a comma?");
}

// check_subscripter and check_index: `5[0]`, `{1}[0]`; `[1, 2]["a"]`, `"ab"[1.0]`
void Compiler::check_subscript(const ast::Subscript* s) {
    using K = Expr::Kind;
    Known value = known(s->value);
    bool unsubscriptable = false;
    if (value.constant) {
        unsubscriptable =
            !is_type(value, "str") && !is_type(value, "bytes") && !is_type(value, "tuple");
    } else {
        K k = s->value->kind;
        unsubscriptable = k == K::Set || k == K::SetComp || k == K::GeneratorExp || k == K::Lambda;
    }
    if (unsubscriptable) {
        warn(s->line, std::string("'") + value.type +
                          "' object is not subscriptable; perhaps you missed a comma?");
        return;
    }
    Known index = known(s->slice);
    if (!index.type || is_type(index, "int") || is_type(index, "bool")) return;
    bool sequence = value.constant || s->value->kind == K::Tuple || s->value->kind == K::List ||
                    s->value->kind == K::ListComp || s->value->kind == K::JoinedStr ||
                    s->value->kind == K::FormattedValue;
    if (!sequence) return;
    warn(s->line, std::string(value.type) + " indices must be integers or slices, not " +
                      index.type + "; perhaps you missed a comma?");
}

// compiler_assert: a parenthesized (test, message) is a non-empty tuple (folded or not),
// always true
void Compiler::check_assert(const ast::Assert* a) {
    auto* t = a->test->as<ast::Tuple>();
    if (t && !t->elts.empty())
        warn(a->line, "assertion is always true, perhaps remove parentheses?");
}

} // namespace loopscope

namespace loopscope {

std::string format_compile_warning(const CompileWarning& w, std::string_view filename,
                                   std::string_view source) {
    std::string out = std::string(filename) + ":" + std::to_string(w.line) +
                      ": SyntaxWarning: " + w.message + "\n";
    std::string line = source_line(source, w.line, false);
    size_t a = line.find_first_not_of(" \t\n\r\f\v");
    if (a != std::string::npos) {
        size_t b = line.find_last_not_of(" \t\n\r\f\v");
        out += "  " + line.substr(a, b - a + 1) + "\n";
    }
    return out;
}

} // namespace loopscope
