// parser_stmt.cpp - compound statements (if, while, for, with, try, def, class) and
// expression / assignment statements, with CPython 3.11's error messages for them.
#include "lang/parser_internal.h"

namespace loopscope {

// Is `e` something `bitwise_or` alone can produce (so CPython's invalid_named_expression
// "cannot assign to X here. Maybe you meant '=='" rule applies)?
static bool is_bitwise_or_level(const ast::Expr* e) {
    using K = ast::Expr::Kind;
    switch (e->kind) {
        case K::BoolOp:
        case K::NamedExpr:
        case K::Lambda:
        case K::IfExp:
        case K::Compare:
        case K::Starred:
        case K::Yield:
        case K::YieldFrom: return false;
        case K::UnaryOp: return e->as<ast::UnaryOp>()->op != ast::UnaryOperator::Not;
        default: return true;
    }
}

ast::Stmt* Parser::compound_stmt() {
    const Token& t = tok();
    if (t.type == Tok::At) {
        ast::ExprList decorators;
        while (accept(Tok::At)) {
            ast::Expr* d = named_expression();
            if (!d) return nullptr;
            decorators.push_back(d);
            if (!expect(Tok::Newline)) return nullptr;
        }
        if (at_kw(Kw::Def)) return funcdef(nullptr, std::move(decorators));
        if (at_kw(Kw::Async) && at_kw(Kw::Def, 1)) {
            const Token& a = advance();
            return funcdef(&a, std::move(decorators));
        }
        if (at_kw(Kw::Class)) return classdef(std::move(decorators));
        raise_generic();
        return nullptr;
    }
    switch (t.kw) {
        case Kw::Def: return funcdef(nullptr, {});
        case Kw::Class: return classdef({});
        case Kw::If: return if_stmt(false);
        case Kw::While: return while_stmt();
        case Kw::For: return for_stmt(nullptr);
        case Kw::With: return with_stmt(nullptr);
        case Kw::Try: return try_stmt();
        case Kw::Async: {
            const Token& a = advance();
            if (at_kw(Kw::Def)) return funcdef(&a, {});
            if (at_kw(Kw::For)) return for_stmt(&a);
            return with_stmt(&a);
        }
        default: raise_generic(); return nullptr;
    }
}

// After a condition: ':' or CPython's "expected ':'" (only when the line ends there), or the
// "Maybe you meant '=='" hints of invalid_named_expression.
static bool condition_colon(Parser& p, ast::Expr* test) {
    if (p.accept(Tok::Colon)) return true;
    if (p.at(Tok::Newline)) {
        p.raise_last("expected ':'");
        return false;
    }
    size_t first_pass_furthest = p.furthest_;
    if (p.at(Tok::Equal)) {
        // invalid_named_expression: NAME '=' bitwise_or !('='|':=')
        p.advance();
        ast::Expr* b = p.binary(0);
        if (b && !p.at(Tok::Equal) && !p.at(Tok::ColonEqual)) {
            if (test->is<ast::Name>()) {
                p.raise_range(*test, *b,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return false;
            }
            const char* name = Parser::expr_name(test);
            bool excluded = test->is<ast::List>() || test->is<ast::Tuple>() ||
                            test->is<ast::GeneratorExp>() ||
                            (test->is<ast::Constant>() &&
                             test->as<ast::Constant>()->type != ast::ConstantType::Int &&
                             test->as<ast::Constant>()->type != ast::ConstantType::Float &&
                             test->as<ast::Constant>()->type != ast::ConstantType::Str &&
                             test->as<ast::Constant>()->type != ast::ConstantType::Imaginary &&
                             test->as<ast::Constant>()->type != ast::ConstantType::Bytes &&
                             test->as<ast::Constant>()->type != ast::ConstantType::Ellipsis);
            if (name && !excluded && (is_bitwise_or_level(test) || p.is_parenthesized(test))) {
                p.raise_range(*test, *test,
                              std::string("cannot assign to ") + name +
                                  " here. Maybe you meant '==' instead of '='?");
                return false;
            }
        }
    }
    // a generic error is reported where the first (hint-free) attempt stopped
    p.furthest_ = first_pass_furthest;
    p.raise_generic();
    return false;
}

ast::Stmt* Parser::if_stmt(bool elif) {
    const Token& t = advance();
    auto* s = node<ast::If>(t);
    s->test = named_expression();
    if (!s->test || !condition_colon(*this, s->test)) return nullptr;
    if (!block(s->body, elif ? "'elif' statement" : "'if' statement", t.line)) return nullptr;
    if (at_kw(Kw::Elif)) {
        if (!enter()) return nullptr;
        ast::Stmt* e = if_stmt(true);
        leave();
        if (!e) return nullptr;
        s->orelse.push_back(e);
    } else if (at_kw(Kw::Else)) {
        const Token& e = advance();
        if (!expect_forced(Tok::Colon, ":")) return nullptr;
        if (!block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    auto* last = s->orelse.empty() ? s->body.back() : s->orelse.back();
    s->end_line = last->end_line;
    s->end_col = last->end_col;
    return s;
}

static void end_at_last(ast::Stmt* s, const ast::StmtList& a, const ast::StmtList& b = {},
                        const ast::StmtList& c = {}) {
    const ast::StmtList& l = !c.empty() ? c : !b.empty() ? b : a;
    if (!l.empty()) {
        s->end_line = l.back()->end_line;
        s->end_col = l.back()->end_col;
    }
}

ast::Stmt* Parser::while_stmt() {
    const Token& t = advance();
    auto* s = node<ast::While>(t);
    s->test = named_expression();
    if (!s->test || !condition_colon(*this, s->test)) return nullptr;
    if (!block(s->body, "'while' statement", t.line)) return nullptr;
    if (at_kw(Kw::Else)) {
        const Token& e = advance();
        if (!expect_forced(Tok::Colon, ":")) return nullptr;
        if (!block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    end_at_last(s, s->body, s->orelse);
    return s;
}

// star_targets for `for` and comprehensions: parsed at bitwise_or level so `in` stays free.
static ast::Expr* for_targets(Parser& p) {
    const Token& first = p.tok();
    ast::ExprList elts;
    bool trailing = false;
    for (;;) {
        ast::Expr* e;
        if (p.at(Tok::Star)) {
            const Token& st = p.advance();
            auto* s = p.node<ast::Starred>(st);
            s->value = p.binary(0);
            if (!s->value) return nullptr;
            e = p.finish(s);
        } else {
            e = p.binary(0);
            if (!e) return nullptr;
        }
        elts.push_back(e);
        if (!p.at(Tok::Comma)) break;
        p.advance();
        trailing = true;
        if (p.at_kw(Kw::In) || p.at(Tok::Equal)) break;
        trailing = false;
    }
    if (elts.size() == 1 && !trailing) return elts[0];
    auto* t = p.node<ast::Tuple>(first);
    t->elts = std::move(elts);
    return p.finish(t);
}

ast::Stmt* Parser::for_stmt(const Token* async_tok) {
    const Token& f = advance();
    const Token& start = async_tok ? *async_tok : f;
    auto* s = node<ast::For>(start);
    s->is_async = async_tok != nullptr;
    s->target = for_targets(*this);
    if (!s->target) return nullptr;
    if (!accept_kw(Kw::In)) {
        // invalid_for_target: report a bad target before the missing 'in'
        if (!set_context(s->target, ast::ExprContext::Store, nullptr)) return nullptr;
        raise_generic();
        return nullptr;
    }
    if (!set_context(s->target, ast::ExprContext::Store, nullptr)) return nullptr;
    s->iter = star_expressions();
    if (!s->iter) return nullptr;
    if (!accept(Tok::Colon)) {
        if (at(Tok::Newline))
            raise_last("expected ':'");
        else
            raise_generic();
        return nullptr;
    }
    if (!block(s->body, "'for' statement", f.line)) return nullptr;
    if (at_kw(Kw::Else)) {
        const Token& e = advance();
        if (!expect_forced(Tok::Colon, ":")) return nullptr;
        if (!block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    end_at_last(s, s->body, s->orelse);
    return s;
}

static ast::WithItem* with_item(Parser& p) {
    auto* item = p.module_.make<ast::WithItem>();
    item->context_expr = p.expression();
    if (!item->context_expr) return nullptr;
    if (p.accept_kw(Kw::As)) {
        // star_target: a single target (a tuple needs parentheses here)
        item->optional_vars = p.binary(0);
        if (!item->optional_vars) return nullptr;
        if (!p.set_context(item->optional_vars, ast::ExprContext::Store, nullptr)) return nullptr;
    }
    return item;
}

ast::Stmt* Parser::with_stmt(const Token* async_tok) {
    const Token& w = advance();
    const Token& start = async_tok ? *async_tok : w;
    auto* s = node<ast::With>(start);
    s->is_async = async_tok != nullptr;
    // `with (a as b, c):` is a parenthesized item list when ':' follows the ')'
    bool paren_items = false;
    if (at(Tok::LPar)) {
        int depth = 0;
        size_t i = idx_;
        for (; i < toks_.size(); ++i) {
            Tok ty = toks_[i].type;
            if (ty == Tok::LPar || ty == Tok::LSqb || ty == Tok::LBrace)
                depth++;
            else if (ty == Tok::RPar || ty == Tok::RSqb || ty == Tok::RBrace) {
                if (--depth == 0) break;
            } else if (ty == Tok::Error || ty == Tok::EndMarker)
                break;
        }
        bool unclosed =
            i >= toks_.size() || toks_[i].type == Tok::Error || toks_[i].type == Tok::EndMarker;
        paren_items = unclosed || (i + 1 < toks_.size() && toks_[i].type == Tok::RPar &&
                                   toks_[i + 1].type == Tok::Colon);
    }
    if (paren_items) {
        advance();
        for (;;) {
            ast::WithItem* item = with_item(*this);
            if (!item) return nullptr;
            s->items.push_back(item);
            if (!accept(Tok::Comma)) break;
            if (at(Tok::RPar)) break;
        }
        if (!expect(Tok::RPar)) return nullptr;
    } else {
        for (;;) {
            ast::WithItem* item = with_item(*this);
            if (!item) return nullptr;
            s->items.push_back(item);
            if (!accept(Tok::Comma)) break;
        }
    }
    if (!accept(Tok::Colon)) {
        if (at(Tok::Newline))
            raise_last("expected ':'");
        else
            raise_generic();
        return nullptr;
    }
    if (!block(s->body, "'with' statement", w.line)) return nullptr;
    end_at_last(s, s->body);
    return s;
}

ast::Stmt* Parser::try_stmt() {
    const Token& t = advance();
    auto* s = node<ast::Try>(t);
    if (!expect_forced(Tok::Colon, ":")) return nullptr;
    if (!block(s->body, "'try' statement", t.line)) return nullptr;
    bool seen_plain = false, seen_star = false;
    while (at_kw(Kw::Except)) {
        const Token& e = advance();
        auto* h = node<ast::ExceptHandler>(e);
        bool star = accept(Tok::Star);
        if (star)
            seen_star = true;
        else
            seen_plain = true;
        if (seen_star && seen_plain) {
            if (star)
                raise_range(e, prev(), "cannot have both 'except' and 'except*' on the same 'try'");
            else
                raise_at(e, "cannot have both 'except' and 'except*' on the same 'try'");
            return nullptr;
        }
        if (!at(Tok::Colon)) {
            if (at(Tok::Newline)) {
                raise_last("expected ':'");
                return nullptr;
            }
            h->type = expression();
            if (!h->type) return nullptr;
            if (at(Tok::Comma)) {
                // invalid_except_stmt: except A, B:
                advance();
                ast::Expr* last = expression();
                while (last && accept(Tok::Comma)) last = expression();
                if (!last) return nullptr;
                raise_range(*h->type, *last, "multiple exception types must be parenthesized");
                return nullptr;
            }
            if (accept_kw(Kw::As)) {
                if (!at_name()) {
                    raise_generic();
                    return nullptr;
                }
                h->name = std::string(advance().text);
            }
        } else if (star) {
            raise_at(tok(), "expected one or more exception types");
            return nullptr;
        }
        if (!accept(Tok::Colon)) {
            if (at(Tok::Newline))
                raise_last("expected ':'");
            else
                raise_generic();
            return nullptr;
        }
        if (!block(h->body, star ? "'except*' statement" : "'except' statement", e.line))
            return nullptr;
        h->end_line = h->body.back()->end_line;
        h->end_col = h->body.back()->end_col;
        s->handlers.push_back(h);
    }
    s->is_star = seen_star;
    if (!s->handlers.empty() && at_kw(Kw::Else)) {
        const Token& e = advance();
        if (!expect_forced(Tok::Colon, ":")) return nullptr;
        if (!block(s->orelse, "'else' statement", e.line)) return nullptr;
    }
    if (at_kw(Kw::Finally)) {
        const Token& f = advance();
        if (!expect_forced(Tok::Colon, ":")) return nullptr;
        if (!block(s->finalbody, "'finally' statement", f.line)) return nullptr;
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
        // invalid_try_stmt
        tok();
        raise_last("expected 'except' or 'finally' block");
        return nullptr;
    }
    const ast::StmtList* last = &s->body;
    if (!s->handlers.empty()) last = &s->handlers.back()->body;
    if (!s->orelse.empty()) last = &s->orelse;
    if (!s->finalbody.empty()) last = &s->finalbody;
    end_at_last(s, *last);
    return s;
}

ast::Stmt* Parser::funcdef(const Token* async_tok, ast::ExprList decorators) {
    const Token& d = advance(); // 'def'
    const Token& start = async_tok ? *async_tok : d;
    auto* s = node<ast::FunctionDef>(start);
    s->is_async = async_tok != nullptr;
    s->decorator_list = std::move(decorators);
    if (!at_name()) {
        raise_generic();
        return nullptr;
    }
    s->name = std::string(advance().text);
    if (!expect_forced(Tok::LPar, "(")) return nullptr;
    s->args = parameters(Tok::RPar, false);
    if (!s->args) return nullptr;
    if (!expect(Tok::RPar)) return nullptr;
    if (accept(Tok::RArrow)) {
        s->returns = expression();
        if (!s->returns) return nullptr;
    }
    if (!expect_forced(Tok::Colon, ":")) return nullptr;
    if (!block(s->body, "function definition", d.line)) return nullptr;
    end_at_last(s, s->body);
    return s;
}

ast::Stmt* Parser::classdef(ast::ExprList decorators) {
    const Token& c = advance();
    auto* s = node<ast::ClassDef>(c);
    s->decorator_list = std::move(decorators);
    if (!at_name()) {
        raise_generic();
        return nullptr;
    }
    s->name = std::string(advance().text);
    if (at(Tok::LPar)) {
        const Token& lp = tok();
        auto* tmp = node<ast::Name>(lp);
        auto* callnode = call(tmp);
        if (!callnode) return nullptr;
        auto* cn = callnode->as<ast::Call>();
        s->bases = cn->args;
        s->keywords = cn->keywords;
    }
    if (!accept(Tok::Colon)) {
        if (at(Tok::Newline))
            raise_last("expected ':'");
        else
            raise_generic();
        return nullptr;
    }
    if (!block(s->body, "class definition", c.line)) return nullptr;
    end_at_last(s, s->body);
    return s;
}

// Parameters of a def (closer ')') or a lambda (closer ':'), as CPython's `params` rules.
ast::Arguments* Parser::parameters(Tok closer, bool lambda) {
    auto* a = module_.make<ast::Arguments>(); // CPython's arguments has no position
    bool seen_default = false, seen_star = false, seen_slash = false;
    auto param = [&](bool allow_annotation) -> ast::Arg* {
        if (!at_name()) {
            raise_generic();
            return nullptr;
        }
        const Token& n = advance();
        auto* arg = node<ast::Arg>(n);
        arg->name = std::string(n.text);
        if (allow_annotation && !lambda && accept(Tok::Colon)) {
            arg->annotation = expression();
            if (!arg->annotation) return nullptr;
        }
        return finish(arg);
    };
    while (!at(closer)) {
        if (at(Tok::Slash)) {
            const Token& sl = advance();
            if (seen_slash) {
                raise_at(sl, "/ may appear only once");
                return nullptr;
            }
            if (seen_star) {
                raise_at(sl, "/ must be ahead of *");
                return nullptr;
            }
            if (a->args.empty()) {
                raise_at(sl, "at least one argument must precede /");
                return nullptr;
            }
            seen_slash = true;
            a->posonlyargs = std::move(a->args);
            a->args.clear();
        } else if (at(Tok::DoubleStar)) {
            advance();
            a->kwarg = param(true);
            if (!a->kwarg) return nullptr;
            if (at(Tok::Equal)) {
                raise_at(tok(), "var-keyword argument cannot have default value");
                return nullptr;
            }
            accept(Tok::Comma);
            if (!at(closer)) {
                raise_at(tok(), "arguments cannot follow var-keyword argument");
                return nullptr;
            }
            break;
        } else if (at(Tok::Star)) {
            const Token& st = advance();
            if (seen_star) {
                raise_at(st, "* argument may appear only once");
                return nullptr;
            }
            seen_star = true;
            if (at_name()) {
                a->vararg = param(true);
                if (!a->vararg) return nullptr;
                if (at(Tok::Equal)) {
                    raise_at(tok(), "var-positional argument cannot have default value");
                    return nullptr;
                }
            } else if (at(closer) ||
                       (at(Tok::Comma) && (at(closer, 1) || at(Tok::DoubleStar, 1)))) {
                raise_at(st, "named arguments must follow bare *");
                return nullptr;
            }
        } else {
            ast::Arg* p = param(true);
            if (!p) return nullptr;
            ast::Expr* def = nullptr;
            if (accept(Tok::Equal)) {
                def = expression();
                if (!def) return nullptr;
            }
            if (seen_star) {
                a->kwonlyargs.push_back(p);
                a->kw_defaults.push_back(def);
            } else {
                if (def) {
                    seen_default = true;
                    a->defaults.push_back(def);
                } else if (seen_default) {
                    // invalid_parameters
                    raise("SyntaxError", "non-default argument follows default argument", p->line,
                          p->col, p->end_line, p->end_col);
                    return nullptr;
                }
                a->args.push_back(p);
            }
        }
        if (!accept(Tok::Comma)) break;
    }
    if (!at(closer)) {
        raise_generic();
        return nullptr;
    }
    return a;
}

static bool is_augassign(Tok t, ast::Operator& op) {
    using O = ast::Operator;
    switch (t) {
        case Tok::PlusEqual: op = O::Add; return true;
        case Tok::MinEqual: op = O::Sub; return true;
        case Tok::StarEqual: op = O::Mult; return true;
        case Tok::AtEqual: op = O::MatMult; return true;
        case Tok::SlashEqual: op = O::Div; return true;
        case Tok::PercentEqual: op = O::Mod; return true;
        case Tok::AmperEqual: op = O::BitAnd; return true;
        case Tok::VBarEqual: op = O::BitOr; return true;
        case Tok::CircumflexEqual: op = O::BitXor; return true;
        case Tok::LeftShiftEqual: op = O::LShift; return true;
        case Tok::RightShiftEqual: op = O::RShift; return true;
        case Tok::DoubleStarEqual: op = O::Pow; return true;
        case Tok::DoubleSlashEqual: op = O::FloorDiv; return true;
        default: return false;
    }
}

ast::Stmt* Parser::expr_or_assign_stmt() {
    const Token& start = tok();
    ast::Expr* first = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
    if (!first) return nullptr;

    if (at(Tok::Colon)) {
        // annotated assignment
        auto* tup = first->as<ast::Tuple>();
        if (tup && !is_parenthesized(first)) {
            raise_range(*first, *first, "only single target (not tuple) can be annotated");
            return nullptr;
        }
        if (first->is<ast::List>() || tup) {
            raise_range(*first, *first,
                        std::string("only single target (not ") + (tup ? "tuple" : "list") +
                            ") can be annotated");
            return nullptr;
        }
        if (!first->is<ast::Name>() && !first->is<ast::Attribute>() &&
            !first->is<ast::Subscript>()) {
            raise_range(*first, *first, "illegal target for annotation");
            return nullptr;
        }
        advance();
        auto* s = node<ast::AnnAssign>(start);
        s->target = first;
        set_context(first, ast::ExprContext::Store, nullptr);
        s->simple = first->is<ast::Name>() && !is_parenthesized(first);
        s->annotation = expression();
        if (!s->annotation) return nullptr;
        if (accept(Tok::Equal)) {
            s->value = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
            if (!s->value) return nullptr;
        }
        return finish(s);
    }

    ast::Operator op;
    if (is_augassign(tok().type, op)) {
        if (!first->is<ast::Name>() && !first->is<ast::Attribute>() &&
            !first->is<ast::Subscript>()) {
            raise_range(*first, *first,
                        std::string("'") + expr_name(first) +
                            "' is an illegal expression for augmented assignment");
            return nullptr;
        }
        advance();
        auto* s = node<ast::AugAssign>(start);
        s->target = first;
        set_context(first, ast::ExprContext::Store, nullptr);
        s->op = op;
        s->value = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
        if (!s->value) return nullptr;
        return finish(s);
    }

    if (at(Tok::Equal)) {
        auto* s = node<ast::Assign>(start);
        ast::ExprList exprs{first};
        while (accept(Tok::Equal)) {
            ast::Expr* v = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
            if (!v) return nullptr;
            exprs.push_back(v);
        }
        s->value = exprs.back();
        exprs.pop_back();
        // `f() = 3`: CPython's invalid_named_expression wins ("... here. Maybe you meant")
        bool single = exprs.size() == 1;
        for (size_t i = 0; i < exprs.size(); ++i) {
            ast::Expr* t = exprs[i];
            if ((t->is<ast::Yield>() || t->is<ast::YieldFrom>()) && !is_parenthesized(t)) {
                raise_range(*t, *t, "assignment to yield expression not possible");
                return nullptr;
            }
            // as invalid_named_expression: a=bitwise_or '=' bitwise_or !('='|':=')
            const ast::Expr* v = s->value;
            bool value_ok =
                !v->is<ast::Yield>() && !v->is<ast::YieldFrom>() && !v->is<ast::Lambda>() &&
                !v->is<ast::Starred>() &&
                !(v->is<ast::UnaryOp>() && v->as<ast::UnaryOp>()->op == ast::UnaryOperator::Not);
            // the rule's `a` is the last element before the '=' (`a, f() = 1, 2` too)
            const ast::Expr* cand = t;
            if (auto* tp = t->as<ast::Tuple>(); tp && !is_parenthesized(t) && !tp->elts.empty())
                cand = tp->elts.back();
            auto* c = cand->as<ast::Constant>();
            bool here =
                single && i == 0 && value_ok &&
                (is_bitwise_or_level(cand) || is_parenthesized(cand)) && !cand->is<ast::List>() &&
                !cand->is<ast::Tuple>() && !cand->is<ast::GeneratorExp>() &&
                !(c && (c->type == ast::ConstantType::True || c->type == ast::ConstantType::False ||
                        c->type == ast::ConstantType::None));
            if (!set_context(t, ast::ExprContext::Store, here ? cand : nullptr)) return nullptr;
        }
        s->targets = std::move(exprs);
        return finish(s);
    }

    if (!at(Tok::Newline) && !at(Tok::Semi)) {
        // invalid_legacy_expression: print "x" / exec "code"
        auto* n = first->as<ast::Name>();
        if (n && (n->id == "print" || n->id == "exec") && !at(Tok::LPar) && starts_expression()) {
            size_t save_furthest = furthest_;
            ast::Expr* b = star_expressions();
            if (b) {
                raise_range(*first, *b,
                            "Missing parentheses in call to '" + n->id + "'. Did you mean " +
                                n->id + "(...)?");
                return nullptr;
            }
            if (failed_) return nullptr;
            furthest_ = save_furthest;
        }
        raise_generic();
        return nullptr;
    }
    auto* s = node<ast::ExprStmt>(start);
    s->value = first;
    return finish(s);
}

} // namespace loopscope
