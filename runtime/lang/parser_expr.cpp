// parser_expr.cpp - expressions from star_expressions down to primary (CPython's grammar,
// binary operators by precedence climbing), calls and subscripts. Atoms and displays:
// parser_atom.cpp; targets and the "forgot a comma" heuristics: parser_target.cpp.
#include "lang/parser_internal.h"

namespace loopscope {

using ast::Expr;

//-----------------------------------------------------------------------------
// [SECTION] Expression lists and the ternary / lambda level
//-----------------------------------------------------------------------------

Expr* Parser::star_expressions() {
    const Token& first = tok();
    Expr* e = star_expression();
    if (!e) return nullptr;
    if (!at(Tok::Comma)) return e;
    auto* t = node<ast::Tuple>(first);
    t->elts.push_back(e);
    while (accept(Tok::Comma)) {
        if (!starts_expression() && !at(Tok::Star)) break;
        Expr* x = star_expression();
        if (!x) return nullptr;
        t->elts.push_back(x);
    }
    return finish(t);
}

Expr* Parser::star_expression() {
    if (at(Tok::Star)) {
        const Token& st = advance();
        auto* s = node<ast::Starred>(st);
        s->value = binary(0);
        if (!s->value) return nullptr;
        return finish(s);
    }
    return expression();
}

Expr* Parser::star_named_expression() {
    if (at(Tok::Star)) {
        const Token& st = advance();
        auto* s = node<ast::Starred>(st);
        s->value = binary(0);
        if (!s->value) return nullptr;
        return finish(s);
    }
    return named_expression();
}

Expr* Parser::named_expression() {
    if (at_name() && at(Tok::ColonEqual, 1)) {
        const Token& n = advance();
        advance();
        auto* ne = node<ast::NamedExpr>(n);
        auto* target = node<ast::Name>(n);
        target->id = std::string(n.text);
        target->ctx = ast::ExprContext::Store;
        target->end_line = n.end_line;
        target->end_col = n.end_col;
        ne->target = target;
        ne->value = expression();
        if (!ne->value) return nullptr;
        return finish(ne);
    }
    Expr* e = expression();
    if (e && at(Tok::ColonEqual)) {
        raise_range(*e, *e, std::string("cannot use assignment expressions with ") + expr_name(e));
        return nullptr;
    }
    return e;
}

Expr* Parser::expression() {
    if (!enter()) return nullptr;
    Expr* result = nullptr;
    if (at_kw(Kw::Lambda)) {
        result = lambda_expr();
    } else {
        const Token& start = tok();
        Expr* a = disjunction();
        if (a && at_kw(Kw::If)) {
            advance();
            Expr* test = disjunction();
            if (test) {
                if (accept_kw(Kw::Else)) {
                    Expr* orelse = expression();
                    if (orelse) {
                        auto* ie = module_.make<ast::IfExp>();
                        ie->body = a;
                        ie->test = test;
                        ie->orelse = orelse;
                        result = span(ie, start, prev());
                    }
                } else if (!at(Tok::Colon)) {
                    raise_range(*a, *test, "expected 'else' after 'if' expression");
                } else {
                    raise_generic();
                }
            }
        } else {
            result = a;
        }
    }
    leave();
    return result;
}

Expr* Parser::lambda_expr() {
    const Token& l = advance();
    auto* lam = node<ast::Lambda>(l);
    lam->args = parameters(Tok::Colon, true);
    if (!lam->args) return nullptr;
    if (!expect(Tok::Colon)) return nullptr;
    lam->body = expression();
    if (!lam->body) return nullptr;
    return finish(lam);
}

Expr* Parser::yield_expr() {
    const Token& y = advance();
    if (accept_kw(Kw::From)) {
        auto* yf = node<ast::YieldFrom>(y);
        yf->value = expression();
        if (!yf->value) return nullptr;
        return finish(yf);
    }
    auto* ye = node<ast::Yield>(y);
    if (starts_expression() || at(Tok::Star)) {
        ye->value = star_expressions();
        if (!ye->value) return nullptr;
    }
    return finish(ye);
}

//-----------------------------------------------------------------------------
// [SECTION] Boolean operators and comparisons
//-----------------------------------------------------------------------------

Expr* Parser::disjunction() {
    const Token& start = tok();
    Expr* a = conjunction();
    if (!a || !at_kw(Kw::Or)) return a;
    auto* b = module_.make<ast::BoolOp>();
    b->op = ast::BoolOperator::Or;
    b->values.push_back(a);
    while (accept_kw(Kw::Or)) {
        Expr* x = conjunction();
        if (!x) return nullptr;
        b->values.push_back(x);
    }
    return span(b, start, prev());
}

Expr* Parser::conjunction() {
    const Token& start = tok();
    Expr* a = inversion();
    if (!a || !at_kw(Kw::And)) return a;
    auto* b = module_.make<ast::BoolOp>();
    b->op = ast::BoolOperator::And;
    b->values.push_back(a);
    while (accept_kw(Kw::And)) {
        Expr* x = inversion();
        if (!x) return nullptr;
        b->values.push_back(x);
    }
    return span(b, start, prev());
}

Expr* Parser::inversion() {
    if (!at_kw(Kw::Not)) return comparison();
    if (!enter()) return nullptr;
    const Token& n = advance();
    auto* u = node<ast::UnaryOp>(n);
    u->op = ast::UnaryOperator::Not;
    u->operand = inversion();
    leave();
    if (!u->operand) return nullptr;
    return span(u, n, prev());
}

Expr* Parser::comparison() {
    const Token& start = tok();
    Expr* a = binary(0);
    if (!a) return nullptr;
    ast::Compare* cmp = nullptr;
    for (;;) {
        ast::CmpOperator op;
        const Token& t = tok();
        int len = 1;
        switch (t.type) {
            case Tok::EqEqual: op = ast::CmpOperator::Eq; break;
            case Tok::NotEqual:
                if (t.text == "<>") {
                    raise_at(t, "invalid syntax");
                    return nullptr;
                }
                op = ast::CmpOperator::NotEq;
                break;
            case Tok::Less: op = ast::CmpOperator::Lt; break;
            case Tok::LessEqual: op = ast::CmpOperator::LtE; break;
            case Tok::Greater: op = ast::CmpOperator::Gt; break;
            case Tok::GreaterEqual: op = ast::CmpOperator::GtE; break;
            case Tok::Name:
                if (t.kw == Kw::In)
                    op = ast::CmpOperator::In;
                else if (t.kw == Kw::Is) {
                    op = ast::CmpOperator::Is;
                    if (at_kw(Kw::Not, 1)) op = ast::CmpOperator::IsNot, len = 2;
                } else if (t.kw == Kw::Not && at_kw(Kw::In, 1)) {
                    op = ast::CmpOperator::NotIn, len = 2;
                } else {
                    goto done;
                }
                break;
            default: goto done;
        }
        for (int i = 0; i < len; ++i) advance();
        Expr* b = binary(0);
        if (!b) return nullptr;
        if (!cmp) {
            cmp = module_.make<ast::Compare>();
            cmp->left = a;
        }
        cmp->ops.push_back(op);
        cmp->comparators.push_back(b);
    }
done:
    if (!cmp) return a;
    return span(cmp, start, prev());
}

//-----------------------------------------------------------------------------
// [SECTION] Binary operators (precedence climbing), unary, power, await
//-----------------------------------------------------------------------------

// Precedence of a binary operator token, -1 if none: | ^ & shifts additive multiplicative.
static int binary_prec(Tok t, ast::Operator& op) {
    using O = ast::Operator;
    switch (t) {
        case Tok::VBar: op = O::BitOr; return 0;
        case Tok::Circumflex: op = O::BitXor; return 1;
        case Tok::Amper: op = O::BitAnd; return 2;
        case Tok::LeftShift: op = O::LShift; return 3;
        case Tok::RightShift: op = O::RShift; return 3;
        case Tok::Plus: op = O::Add; return 4;
        case Tok::Minus: op = O::Sub; return 4;
        case Tok::Star: op = O::Mult; return 5;
        case Tok::Slash: op = O::Div; return 5;
        case Tok::DoubleSlash: op = O::FloorDiv; return 5;
        case Tok::Percent: op = O::Mod; return 5;
        case Tok::At: op = O::MatMult; return 5;
        default: return -1;
    }
}

Expr* Parser::binary(int min_prec) {
    const Token& start = tok();
    Expr* left = factor();
    if (!left) return nullptr;
    DepthScope guard(depth_); // each step of a chain nests the tree one level deeper
    for (;;) {
        ast::Operator op = ast::Operator::Add;
        int prec = binary_prec(tok().type, op);
        if (prec < min_prec) return left;
        if (!enter()) return nullptr;
        advance();
        Expr* right = binary(prec + 1);
        if (!right) return nullptr;
        auto* b = module_.make<ast::BinOp>();
        b->left = left;
        b->op = op;
        b->right = right;
        left = span(b, start, prev());
    }
}

Expr* Parser::factor() {
    ast::UnaryOperator op;
    switch (tok().type) {
        case Tok::Plus: op = ast::UnaryOperator::UAdd; break;
        case Tok::Minus: op = ast::UnaryOperator::USub; break;
        case Tok::Tilde: op = ast::UnaryOperator::Invert; break;
        default: return power();
    }
    if (!enter()) return nullptr;
    const Token& t = advance();
    auto* u = node<ast::UnaryOp>(t);
    u->op = op;
    u->operand = factor();
    leave();
    if (!u->operand) return nullptr;
    return span(u, t, prev());
}

Expr* Parser::power() {
    const Token& start = tok();
    Expr* a = await_primary();
    if (!a || !at(Tok::DoubleStar)) return a;
    advance();
    if (!enter()) return nullptr;
    Expr* b = factor();
    leave();
    if (!b) return nullptr;
    auto* p = module_.make<ast::BinOp>();
    p->left = a;
    p->op = ast::Operator::Pow;
    p->right = b;
    return span(p, start, prev());
}

Expr* Parser::await_primary() {
    if (!at_kw(Kw::Await)) return primary();
    const Token& t = advance();
    auto* aw = node<ast::Await>(t);
    aw->value = primary();
    if (!aw->value) return nullptr;
    return span(aw, t, prev());
}

Expr* Parser::primary() {
    const Token& start = tok();
    Expr* e = atom();
    DepthScope guard(depth_); // a.b.c(d)[e] nests one level per trailer
    while (e) {
        if ((at(Tok::Dot) || at(Tok::LPar) || at(Tok::LSqb)) && !enter()) return nullptr;
        if (at(Tok::Dot)) {
            advance();
            if (!at_name()) {
                raise_generic();
                return nullptr;
            }
            const Token& n = advance();
            auto* a = module_.make<ast::Attribute>();
            a->value = e;
            a->attr = std::string(n.text);
            e = span(a, start, n);
        } else if (at(Tok::LPar)) {
            e = call(e);
            if (e) e->line = start.line, e->col = start.col;
        } else if (at(Tok::LSqb)) {
            advance();
            auto* s = module_.make<ast::Subscript>();
            s->value = e;
            s->slice = slices();
            if (!s->slice || !expect(Tok::RSqb)) return nullptr;
            e = span(s, start, prev());
        } else {
            break;
        }
    }
    return e;
}

//-----------------------------------------------------------------------------
// [SECTION] Calls and subscripts
//-----------------------------------------------------------------------------

Expr* Parser::call(Expr* func) {
    advance(); // '('
    auto* c = module_.make<ast::Call>();
    c->func = func;
    bool seen_keyword = false, seen_double_star = false;
    while (!at(Tok::RPar)) {
        const Token& start = tok();
        if (at(Tok::Star)) {
            advance();
            auto* s = node<ast::Starred>(start);
            s->value = expression();
            if (!s->value) return nullptr;
            if (seen_double_star) {
                raise_range(*s, *s,
                            "iterable argument unpacking follows keyword argument unpacking");
                return nullptr;
            }
            c->args.push_back(finish(s));
        } else if (at(Tok::DoubleStar)) {
            advance();
            auto* k = node<ast::Keyword>(start);
            k->value = expression();
            if (!k->value) return nullptr;
            c->keywords.push_back(finish(k));
            seen_double_star = seen_keyword = true;
        } else if (at(Tok::Name) && at(Tok::Equal, 1) && !at(Tok::Equal, 2)) {
            const Token& n = advance();
            if (n.kw != Kw::None) {
                // invalid_kwarg: True=1 / None=1 / other keyword
                if (n.kw == Kw::True_ || n.kw == Kw::False_ || n.kw == Kw::None_) {
                    raise_range(n, tok(), "cannot assign to " + std::string(n.text));
                } else {
                    raise_at(n, "invalid syntax");
                }
                return nullptr;
            }
            advance(); // '='
            auto* k = node<ast::Keyword>(n);
            k->arg = std::string(n.text);
            k->value = expression();
            if (!k->value) return nullptr;
            if (at_kw(Kw::For) || at_kw(Kw::Async)) {
                raise_range(n, *k->value,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return nullptr;
            }
            c->keywords.push_back(finish(k));
            seen_keyword = true;
        } else {
            Expr* a = named_expression();
            if (!a) return nullptr;
            if (at(Tok::Equal)) {
                // invalid_kwarg: !(NAME '=') a=expression b='='
                raise_range(*a, tok(),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                return nullptr;
            }
            if (at_kw(Kw::For) || at_kw(Kw::Async)) {
                auto* g = module_.make<ast::GeneratorExp>();
                g->elt = a;
                if (!comprehension_clauses(g->generators)) return nullptr;
                bool alone = c->args.empty() && c->keywords.empty() && at(Tok::RPar);
                if (!alone) {
                    // invalid_arguments: a generator argument must be the only one
                    const Token& last = prev();
                    ast::Pos end{last.line, last.col, last.end_line, last.end_col};
                    raise_range(*a, end, "Generator expression must be parenthesized");
                    return nullptr;
                }
                // CPython: the genexp spans the call's parentheses
                g->line = start.line;
                g->col = start.col - 1;
                const Token& rp = tok();
                g->end_line = rp.end_line;
                g->end_col = rp.end_col;
                c->args.push_back(g);
                break;
            }
            if (!at(Tok::Comma) && !at(Tok::RPar)) {
                raise_after_item(a);
                return nullptr;
            }
            if (seen_keyword) {
                // _PyPegen_arguments_parsing_error: at the last token fetched
                raise_last(seen_double_star
                               ? "positional argument follows keyword argument unpacking"
                               : "positional argument follows keyword argument");
                return nullptr;
            }
            c->args.push_back(a);
        }
        if (!accept(Tok::Comma)) break;
    }
    if (!expect(Tok::RPar)) return nullptr;
    return span(c, *func, prev());
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
    const Token& first = tok();
    auto one = [&]() -> Expr* {
        const Token& st = tok();
        if (at(Tok::Star)) return star_expression();
        Expr* lower = nullptr;
        if (!at(Tok::Colon)) {
            lower = named_expression();
            if (!lower) return nullptr;
            if (!at(Tok::Colon)) return maybe_juxtaposed(lower);
        }
        advance(); // ':'
        auto* s = node<ast::Slice>(st);
        s->lower = lower;
        if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) {
            s->upper = expression();
            if (!s->upper) return nullptr;
        }
        if (accept(Tok::Colon)) {
            if (!at(Tok::Comma) && !at(Tok::RSqb)) {
                s->step = expression();
                if (!s->step) return nullptr;
            }
        }
        return finish(s);
    };
    Expr* e = one();
    if (!e) {
        if (!failed_) raise_generic();
        return nullptr;
    }
    if (!at(Tok::Comma)) return e;
    auto* t = node<ast::Tuple>(first);
    t->elts.push_back(e);
    while (accept(Tok::Comma)) {
        if (at(Tok::RSqb)) break;
        Expr* x = one();
        if (!x) {
            if (!failed_) raise_generic();
            return nullptr;
        }
        t->elts.push_back(x);
    }
    return finish(t);
}

} // namespace loopscope
