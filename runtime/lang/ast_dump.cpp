// ast_dump.cpp - see ast_dump.h for the format.
#include "lang/ast_dump.h"

#include <cstdio>

namespace loopscope::ast {

namespace {

class Dumper {
public:
    explicit Dumper(bool positions) : positions_(positions) {}
    std::string out;

    void open(const char* name, const Pos* p) {
        out += '(';
        out += name;
        if (positions_ && p) {
            char buf[64];
            snprintf(buf, sizeof buf, "@%d:%d-%d:%d", p->line, p->col, p->end_line, p->end_col);
            out += buf;
        }
    }
    void close() { out += ')'; }
    void sep() { out += ' '; }
    void ident(const std::string& s) {
        sep();
        out += s.empty() ? "_" : s;
    }
    void word(const char* s) {
        sep();
        out += s;
    }
    void integer(long v) {
        sep();
        out += std::to_string(v);
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

    void expr(const Expr* e) {
        sep();
        if (!e) {
            out += '_';
            return;
        }
        expr_body(e);
    }
    void exprs(const ExprList& l) {
        sep();
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i) out += ' ';
            if (l[i])
                expr_body(l[i]);
            else
                out += '_';
        }
        out += ']';
    }
    void stmts(const StmtList& l) {
        sep();
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i) out += ' ';
            stmt_body(l[i]);
        }
        out += ']';
    }
    template <class T, class F>
    void list(const std::vector<T*>& l, F f) {
        sep();
        out += '[';
        for (size_t i = 0; i < l.size(); ++i) {
            if (i) out += ' ';
            f(l[i]);
        }
        out += ']';
    }
    void ctx(ExprContext c) {
        word(c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del");
    }
    static const char* op_name(Operator o) {
        static const char* const n[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                        "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                        "BitXor", "BitAnd", "FloorDiv"};
        return n[static_cast<int>(o)];
    }
    static const char* cmp_name(CmpOperator o) {
        static const char* const n[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                        "GtE", "Is",    "IsNot", "In",  "NotIn"};
        return n[static_cast<int>(o)];
    }
    void arg(const Arg* a) {
        if (!a) {
            out += '_';
            return;
        }
        open("arg", a);
        ident(a->name);
        expr(a->annotation);
        close();
    }
    void arguments(const Arguments* a) {
        sep();
        open("arguments", nullptr);
        list(a->posonlyargs, [&](const Arg* x) { arg(x); });
        list(a->args, [&](const Arg* x) { arg(x); });
        sep();
        arg(a->vararg);
        list(a->kwonlyargs, [&](const Arg* x) { arg(x); });
        exprs(a->kw_defaults);
        sep();
        arg(a->kwarg);
        exprs(a->defaults);
        close();
    }
    void keywords(const std::vector<Keyword*>& l) {
        list(l, [&](const Keyword* k) {
            open("keyword", k);
            ident(k->arg);
            expr(k->value);
            close();
        });
    }
    void generators(const std::vector<Comprehension*>& l) {
        list(l, [&](const Comprehension* c) {
            open("comprehension", nullptr);
            expr(c->target);
            expr(c->iter);
            exprs(c->ifs);
            integer(c->is_async ? 1 : 0);
            close();
        });
    }
    void constant(const Constant* c) {
        sep();
        char buf[64];
        switch (c->type) {
            case ConstantType::None: out += "None"; break;
            case ConstantType::True: out += "True"; break;
            case ConstantType::False: out += "False"; break;
            case ConstantType::Ellipsis: out += "..."; break;
            case ConstantType::Int: out += c->text; break;
            case ConstantType::Float:
                snprintf(buf, sizeof buf, "%.17g", c->number);
                out += buf;
                break;
            case ConstantType::Imaginary:
                snprintf(buf, sizeof buf, "%.17gj", c->number);
                out += buf;
                break;
            case ConstantType::Str: quoted(c->text, false); break;
            case ConstantType::Bytes:
                out += 'b';
                quoted(c->text, true);
                break;
        }
    }

    void expr_body(const Expr* e);
    void stmt_body(const Stmt* s);

private:
    bool positions_;
};

void Dumper::expr_body(const Expr* e) {
    using K = Expr::Kind;
    switch (e->kind) {
        case K::BoolOp: {
            auto* x = e->as<BoolOp>();
            open("BoolOp", e);
            word(x->op == BoolOperator::And ? "And" : "Or");
            exprs(x->values);
            break;
        }
        case K::NamedExpr: {
            auto* x = e->as<NamedExpr>();
            open("NamedExpr", e);
            expr(x->target);
            expr(x->value);
            break;
        }
        case K::BinOp: {
            auto* x = e->as<BinOp>();
            open("BinOp", e);
            expr(x->left);
            word(op_name(x->op));
            expr(x->right);
            break;
        }
        case K::UnaryOp: {
            auto* x = e->as<UnaryOp>();
            static const char* const n[] = {"Invert", "Not", "UAdd", "USub"};
            open("UnaryOp", e);
            word(n[static_cast<int>(x->op)]);
            expr(x->operand);
            break;
        }
        case K::Lambda: {
            auto* x = e->as<Lambda>();
            open("Lambda", e);
            arguments(x->args);
            expr(x->body);
            break;
        }
        case K::IfExp: {
            auto* x = e->as<IfExp>();
            open("IfExp", e);
            expr(x->test);
            expr(x->body);
            expr(x->orelse);
            break;
        }
        case K::Dict: {
            auto* x = e->as<Dict>();
            open("Dict", e);
            exprs(x->keys);
            exprs(x->values);
            break;
        }
        case K::Set: {
            open("Set", e);
            exprs(e->as<Set>()->elts);
            break;
        }
        case K::ListComp: {
            auto* x = e->as<ListComp>();
            open("ListComp", e);
            expr(x->elt);
            generators(x->generators);
            break;
        }
        case K::SetComp: {
            auto* x = e->as<SetComp>();
            open("SetComp", e);
            expr(x->elt);
            generators(x->generators);
            break;
        }
        case K::DictComp: {
            auto* x = e->as<DictComp>();
            open("DictComp", e);
            expr(x->key);
            expr(x->value);
            generators(x->generators);
            break;
        }
        case K::GeneratorExp: {
            auto* x = e->as<GeneratorExp>();
            open("GeneratorExp", e);
            expr(x->elt);
            generators(x->generators);
            break;
        }
        case K::Await:
            open("Await", e);
            expr(e->as<Await>()->value);
            break;
        case K::Yield:
            open("Yield", e);
            expr(e->as<Yield>()->value);
            break;
        case K::YieldFrom:
            open("YieldFrom", e);
            expr(e->as<YieldFrom>()->value);
            break;
        case K::Compare: {
            auto* x = e->as<Compare>();
            open("Compare", e);
            expr(x->left);
            sep();
            out += '[';
            for (size_t i = 0; i < x->ops.size(); ++i) {
                if (i) out += ' ';
                out += cmp_name(x->ops[i]);
            }
            out += ']';
            exprs(x->comparators);
            break;
        }
        case K::Call: {
            auto* x = e->as<Call>();
            open("Call", e);
            expr(x->func);
            exprs(x->args);
            keywords(x->keywords);
            break;
        }
        case K::FormattedValue: {
            auto* x = e->as<FormattedValue>();
            open("FormattedValue", e);
            expr(x->value);
            integer(x->conversion);
            expr(x->format_spec);
            break;
        }
        case K::JoinedStr:
            open("JoinedStr", e);
            exprs(e->as<JoinedStr>()->values);
            break;
        case K::Constant:
            open("Constant", e);
            constant(e->as<Constant>());
            break;
        case K::Attribute: {
            auto* x = e->as<Attribute>();
            open("Attribute", e);
            expr(x->value);
            ident(x->attr);
            ctx(x->ctx);
            break;
        }
        case K::Subscript: {
            auto* x = e->as<Subscript>();
            open("Subscript", e);
            expr(x->value);
            expr(x->slice);
            ctx(x->ctx);
            break;
        }
        case K::Starred: {
            auto* x = e->as<Starred>();
            open("Starred", e);
            expr(x->value);
            ctx(x->ctx);
            break;
        }
        case K::Name: {
            auto* x = e->as<Name>();
            open("Name", e);
            ident(x->id);
            ctx(x->ctx);
            break;
        }
        case K::List: {
            auto* x = e->as<List>();
            open("List", e);
            exprs(x->elts);
            ctx(x->ctx);
            break;
        }
        case K::Tuple: {
            auto* x = e->as<Tuple>();
            open("Tuple", e);
            exprs(x->elts);
            ctx(x->ctx);
            break;
        }
        case K::Slice: {
            auto* x = e->as<Slice>();
            open("Slice", e);
            expr(x->lower);
            expr(x->upper);
            expr(x->step);
            break;
        }
    }
    close();
}

void Dumper::stmt_body(const Stmt* s) {
    using K = Stmt::Kind;
    switch (s->kind) {
        case K::FunctionDef: {
            auto* x = s->as<FunctionDef>();
            open(x->is_async ? "AsyncFunctionDef" : "FunctionDef", s);
            ident(x->name);
            arguments(x->args);
            stmts(x->body);
            exprs(x->decorator_list);
            expr(x->returns);
            break;
        }
        case K::ClassDef: {
            auto* x = s->as<ClassDef>();
            open("ClassDef", s);
            ident(x->name);
            exprs(x->bases);
            keywords(x->keywords);
            stmts(x->body);
            exprs(x->decorator_list);
            break;
        }
        case K::Return:
            open("Return", s);
            expr(s->as<Return>()->value);
            break;
        case K::Delete:
            open("Delete", s);
            exprs(s->as<Delete>()->targets);
            break;
        case K::Assign: {
            auto* x = s->as<Assign>();
            open("Assign", s);
            exprs(x->targets);
            expr(x->value);
            break;
        }
        case K::AugAssign: {
            auto* x = s->as<AugAssign>();
            open("AugAssign", s);
            expr(x->target);
            word(op_name(x->op));
            expr(x->value);
            break;
        }
        case K::AnnAssign: {
            auto* x = s->as<AnnAssign>();
            open("AnnAssign", s);
            expr(x->target);
            expr(x->annotation);
            expr(x->value);
            integer(x->simple ? 1 : 0);
            break;
        }
        case K::For: {
            auto* x = s->as<For>();
            open(x->is_async ? "AsyncFor" : "For", s);
            expr(x->target);
            expr(x->iter);
            stmts(x->body);
            stmts(x->orelse);
            break;
        }
        case K::While: {
            auto* x = s->as<While>();
            open("While", s);
            expr(x->test);
            stmts(x->body);
            stmts(x->orelse);
            break;
        }
        case K::If: {
            auto* x = s->as<If>();
            open("If", s);
            expr(x->test);
            stmts(x->body);
            stmts(x->orelse);
            break;
        }
        case K::With: {
            auto* x = s->as<With>();
            open(x->is_async ? "AsyncWith" : "With", s);
            list(x->items, [&](const WithItem* w) {
                open("withitem", nullptr);
                expr(w->context_expr);
                expr(w->optional_vars);
                close();
            });
            stmts(x->body);
            break;
        }
        case K::Raise: {
            auto* x = s->as<Raise>();
            open("Raise", s);
            expr(x->exc);
            expr(x->cause);
            break;
        }
        case K::Try: {
            auto* x = s->as<Try>();
            open(x->is_star ? "TryStar" : "Try", s);
            stmts(x->body);
            list(x->handlers, [&](const ExceptHandler* h) {
                open("ExceptHandler", h);
                expr(h->type);
                ident(h->name);
                stmts(h->body);
                close();
            });
            stmts(x->orelse);
            stmts(x->finalbody);
            break;
        }
        case K::Assert: {
            auto* x = s->as<Assert>();
            open("Assert", s);
            expr(x->test);
            expr(x->msg);
            break;
        }
        case K::Import:
        case K::ImportFrom: {
            const std::vector<Alias*>* names;
            if (auto* x = s->as<Import>()) {
                open("Import", s);
                names = &x->names;
            } else {
                auto* y = s->as<ImportFrom>();
                open("ImportFrom", s);
                ident(y->module);
                names = &y->names;
            }
            list(*names, [&](const Alias* a) {
                open("alias", a);
                ident(a->name);
                ident(a->asname);
                close();
            });
            if (auto* y = s->as<ImportFrom>()) integer(y->level);
            break;
        }
        case K::Global:
        case K::Nonlocal: {
            const auto& names = s->is<Global>() ? s->as<Global>()->names : s->as<Nonlocal>()->names;
            open(s->is<Global>() ? "Global" : "Nonlocal", s);
            sep();
            out += '[';
            for (size_t i = 0; i < names.size(); ++i) {
                if (i) out += ' ';
                out += names[i];
            }
            out += ']';
            break;
        }
        case K::ExprStmt:
            open("Expr", s);
            expr(s->as<ExprStmt>()->value);
            break;
        case K::Pass: open("Pass", s); break;
        case K::Break: open("Break", s); break;
        case K::Continue: open("Continue", s); break;
    }
    close();
}

} // namespace

std::string dump(const Module& module, bool positions) {
    Dumper d(positions);
    d.out += "(Module";
    for (const Stmt* s : module.body) {
        d.out += "\n ";
        d.stmt_body(s);
    }
    d.out += ")";
    return d.out;
}

std::string dump(const Expr* e, bool positions) {
    Dumper d(positions);
    if (e)
        d.expr_body(e);
    else
        d.out = "_";
    return d.out;
}

std::string dump(const Stmt* s, bool positions) {
    Dumper d(positions);
    d.stmt_body(s);
    return d.out;
}

} // namespace loopscope::ast
