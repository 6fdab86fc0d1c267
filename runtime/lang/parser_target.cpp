// parser_target.cpp - assignment/deletion targets (Store/Del contexts and CPython's
// "cannot assign to ..." messages) and the heuristics behind "Perhaps you forgot a comma?".
#include "lang/parser_internal.h"

namespace loopscope {

using ast::Expr;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

// Could the current token begin an expression? (for the "forgot a comma" heuristics)
bool Parser::starts_expression(int ahead) {
    const Token& t = tok(ahead);
    switch (t.type) {
        case Tok::Name:
            return t.kw == Kw::None || t.kw == Kw::Not || t.kw == Kw::Lambda || t.kw == Kw::Await ||
                   t.kw == Kw::None_ || t.kw == Kw::True_ || t.kw == Kw::False_;
        case Tok::Number:
        case Tok::String:
        case Tok::LPar:
        case Tok::LSqb:
        case Tok::LBrace:
        case Tok::Minus:
        case Tok::Plus:
        case Tok::Tilde:
        case Tok::Ellipsis: return true;
        default: return false;
    }
}

// invalid_expression: inside brackets, two expressions side by side.
Expr* Parser::maybe_juxtaposed(Expr* a) {
    if (!a || failed_) return a;
    if (!starts_expression()) return a;
    // !(NAME STRING): `f"..."`-like prefixes are the tokenizer's business
    if (a->is<ast::Name>() && at(Tok::String) && prev().type == Tok::Name) return a;
    if (a->is<ast::Name>()) {
        auto* n = a->as<ast::Name>();
        if (n->id == "print" || n->id == "exec") return a;
    }
    if (a->is<ast::Lambda>() || a->is<ast::IfExp>()) return a;
    size_t save = furthest_;
    Expr* b = expression();
    if (b) {
        raise_range(*a, *b, "invalid syntax. Perhaps you forgot a comma?");
        return nullptr;
    }
    if (!failed_) furthest_ = save;
    return nullptr;
}

// An item of a display or call is followed by neither ',' nor the closer.
void Parser::raise_after_item(Expr* last) {
    maybe_juxtaposed(last);
    if (!failed_) raise_generic();
}

const char* Parser::expr_name(const Expr* e) {
    using K = Expr::Kind;
    switch (e->kind) {
        case K::Attribute: return "attribute";
        case K::Subscript: return "subscript";
        case K::Starred: return "starred";
        case K::Name: return "name";
        case K::List: return "list";
        case K::Tuple: return "tuple";
        case K::Lambda: return "lambda";
        case K::Call: return "function call";
        case K::BoolOp:
        case K::BinOp:
        case K::UnaryOp: return "expression";
        case K::GeneratorExp: return "generator expression";
        case K::Yield:
        case K::YieldFrom: return "yield expression";
        case K::Await: return "await expression";
        case K::ListComp: return "list comprehension";
        case K::SetComp: return "set comprehension";
        case K::DictComp: return "dict comprehension";
        case K::Dict: return "dict literal";
        case K::Set: return "set display";
        case K::JoinedStr:
        case K::FormattedValue: return "f-string expression";
        case K::Constant: {
            switch (e->as<ast::Constant>()->type) {
                case ast::ConstantType::None: return "None";
                case ast::ConstantType::True: return "True";
                case ast::ConstantType::False: return "False";
                case ast::ConstantType::Ellipsis: return "ellipsis";
                default: return "literal";
            }
        }
        case K::Compare: return "comparison";
        case K::IfExp: return "conditional expression";
        case K::NamedExpr: return "named expression";
        case K::Slice: return "slice";
        default: return "expression";
    }
}

// as _PyPegen_get_invalid_target: the first sub-expression that cannot be a target
const Expr* Parser::invalid_target(Expr* e, ast::ExprContext ctx) {
    switch (e->kind) {
        case Expr::Kind::List:
        case Expr::Kind::Tuple: {
            const ast::ExprList& elts =
                e->is<ast::List>() ? e->as<ast::List>()->elts : e->as<ast::Tuple>()->elts;
            for (Expr* x : elts) {
                const Expr* bad = invalid_target(x, ctx);
                if (bad) return bad;
            }
            return nullptr;
        }
        case Expr::Kind::Starred:
            if (ctx == ast::ExprContext::Del) return e;
            return invalid_target(e->as<ast::Starred>()->value, ctx);
        case Expr::Kind::Compare:
            // `for x in y` parsed as a comparison: point at the comparison's left part
            if (ctx == ast::ExprContext::Store) {
                auto* c = e->as<ast::Compare>();
                if (c->ops[0] == ast::CmpOperator::In) return invalid_target(c->left, ctx);
            }
            return e;
        case Expr::Kind::Name:
        case Expr::Kind::Subscript:
        case Expr::Kind::Attribute: return nullptr;
        default: return e;
    }
}

bool Parser::set_context(Expr* e, ast::ExprContext ctx, const Expr* hint) {
    const Expr* bad = invalid_target(e, ctx);
    if (bad) {
        std::string msg =
            std::string(ctx == ast::ExprContext::Del ? "cannot delete " : "cannot assign to ") +
            expr_name(bad);
        if (hint && bad == hint) msg += " here. Maybe you meant '==' instead of '='?";
        raise_range(*bad, *bad, msg);
        return false;
    }
    switch (e->kind) {
        case Expr::Kind::Name: e->as<ast::Name>()->ctx = ctx; break;
        case Expr::Kind::Attribute: e->as<ast::Attribute>()->ctx = ctx; break;
        case Expr::Kind::Subscript: e->as<ast::Subscript>()->ctx = ctx; break;
        case Expr::Kind::Starred:
            e->as<ast::Starred>()->ctx = ctx;
            return set_context(e->as<ast::Starred>()->value, ctx, nullptr);
        case Expr::Kind::List:
            e->as<ast::List>()->ctx = ctx;
            for (Expr* x : e->as<ast::List>()->elts)
                if (!set_context(x, ctx, nullptr)) return false;
            break;
        case Expr::Kind::Tuple:
            e->as<ast::Tuple>()->ctx = ctx;
            for (Expr* x : e->as<ast::Tuple>()->elts)
                if (!set_context(x, ctx, nullptr)) return false;
            break;
        default: break;
    }
    return true;
}

} // namespace loopscope
