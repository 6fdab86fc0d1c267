// parser_atom.cpp - atoms: names, constants, parenthesized forms, list/set/dict displays
// and comprehensions.
#include "lang/parser_internal.h"

namespace loopscope {

using ast::Expr;

//-----------------------------------------------------------------------------
// [SECTION] Atoms and displays
//-----------------------------------------------------------------------------

Expr* Parser::atom() {
    const Token& t = tok();
    switch (t.type) {
        case Tok::Name: {
            ast::ConstantType ct;
            switch (t.kw) {
                case Kw::None: {
                    advance();
                    auto* n = node<ast::Name>(t);
                    n->id = std::string(t.text);
                    return finish(n);
                }
                case Kw::None_: ct = ast::ConstantType::None; break;
                case Kw::True_: ct = ast::ConstantType::True; break;
                case Kw::False_: ct = ast::ConstantType::False; break;
                default: raise_generic(); return nullptr;
            }
            advance();
            auto* c = node<ast::Constant>(t);
            c->type = ct;
            return finish(c);
        }
        case Tok::Number: return number();
        case Tok::String: return strings();
        case Tok::Ellipsis: {
            advance();
            auto* c = node<ast::Constant>(t);
            c->type = ast::ConstantType::Ellipsis;
            return finish(c);
        }
        case Tok::LPar:
        case Tok::LSqb:
        case Tok::LBrace: {
            if (!enter()) return nullptr;
            Expr* e = t.type == Tok::LPar   ? paren_atom()
                      : t.type == Tok::LSqb ? list_atom()
                                            : brace_atom();
            leave();
            return e;
        }
        default: raise_generic(); return nullptr;
    }
}

bool Parser::comprehension_clauses(std::vector<ast::Comprehension*>& out) {
    while (at_kw(Kw::For) || (at_kw(Kw::Async) && at_kw(Kw::For, 1))) {
        auto* c = module_.make<ast::Comprehension>();
        if (accept_kw(Kw::Async)) c->is_async = true;
        advance(); // for
        // star_targets
        ast::ExprList elts;
        const Token& first = tok();
        bool trailing = false;
        for (;;) {
            Expr* e;
            if (at(Tok::Star)) {
                const Token& st = advance();
                auto* s = node<ast::Starred>(st);
                s->value = binary(0);
                if (!s->value) return false;
                e = finish(s);
            } else {
                e = binary(0);
                if (!e) return false;
            }
            elts.push_back(e);
            trailing = false;
            if (!accept(Tok::Comma)) break;
            trailing = true;
            if (at_kw(Kw::In)) break;
        }
        if (elts.size() == 1 && !trailing) {
            c->target = elts[0];
        } else {
            auto* tp = node<ast::Tuple>(first);
            tp->elts = std::move(elts);
            c->target = finish(tp);
        }
        if (!accept_kw(Kw::In)) {
            if (!set_context(c->target, ast::ExprContext::Store, nullptr)) return false;
            raise_generic();
            return false;
        }
        if (!set_context(c->target, ast::ExprContext::Store, nullptr)) return false;
        c->iter = disjunction();
        if (!c->iter) return false;
        while (accept_kw(Kw::If)) {
            Expr* cond = disjunction();
            if (!cond) return false;
            c->ifs.push_back(cond);
        }
        out.push_back(c);
    }
    return true;
}

Expr* Parser::paren_atom() {
    const Token& lp = advance();
    if (accept(Tok::RPar)) {
        auto* t = node<ast::Tuple>(lp);
        return finish(t);
    }
    if (at_kw(Kw::Yield)) {
        Expr* y = yield_expr();
        if (!y || !expect(Tok::RPar)) return nullptr;
        parenthesized_.insert(y);
        return y;
    }
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at_kw(Kw::For) || (at_kw(Kw::Async) && at_kw(Kw::For, 1))) {
        if (first->is<ast::Starred>()) {
            raise_range(*first, *first, "iterable unpacking cannot be used in comprehension");
            return nullptr;
        }
        auto* g = node<ast::GeneratorExp>(lp);
        g->elt = first;
        if (!comprehension_clauses(g->generators) || !expect(Tok::RPar)) return nullptr;
        return finish(g);
    }
    if (at(Tok::RPar)) {
        if (first->is<ast::Starred>()) {
            raise_range(*first, *first, "cannot use starred expression here");
            return nullptr;
        }
        advance();
        parenthesized_.insert(first);
        return first;
    }
    if (!at(Tok::Comma)) {
        raise_after_item(first);
        return nullptr;
    }
    auto* t = node<ast::Tuple>(lp);
    t->elts.push_back(first);
    while (accept(Tok::Comma)) {
        if (at(Tok::RPar)) break;
        Expr* x = star_named_expression();
        if (!x) return nullptr;
        t->elts.push_back(x);
        if (!at(Tok::Comma) && !at(Tok::RPar)) {
            raise_after_item(x);
            return nullptr;
        }
    }
    if (!expect(Tok::RPar)) return nullptr;
    parenthesized_.insert(t);
    return finish(t);
}

Expr* Parser::list_atom() {
    const Token& lb = advance();
    if (accept(Tok::RSqb)) return finish(node<ast::List>(lb));
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at_kw(Kw::For) || (at_kw(Kw::Async) && at_kw(Kw::For, 1))) {
        if (first->is<ast::Starred>()) {
            raise_range(*first, *first, "iterable unpacking cannot be used in comprehension");
            return nullptr;
        }
        auto* lc = node<ast::ListComp>(lb);
        lc->elt = first;
        if (!comprehension_clauses(lc->generators) || !expect(Tok::RSqb)) return nullptr;
        return finish(lc);
    }
    auto* l = node<ast::List>(lb);
    l->elts.push_back(first);
    for (;;) {
        if (at(Tok::RSqb)) break;
        if (!at(Tok::Comma)) {
            Expr* last = l->elts.back();
            raise_after_item(last);
            return nullptr;
        }
        advance();
        if (at(Tok::RSqb)) break;
        Expr* x = star_named_expression();
        if (!x) return nullptr;
        if (at_kw(Kw::For)) {
            // invalid_comprehension: [a, b for a, b in c]
            raise_range(*l->elts[0], *x,
                        "did you forget parentheses around the comprehension target?");
            return nullptr;
        }
        l->elts.push_back(x);
    }
    advance();
    return finish(l);
}

Expr* Parser::brace_atom() {
    const Token& lb = advance();
    if (accept(Tok::RBrace)) return finish(node<ast::Dict>(lb));
    // first item decides: dict (k: v or **m) or set
    Expr* key = nullptr;
    Expr* value = nullptr;
    const Token* dstar = nullptr;
    if (at(Tok::DoubleStar)) {
        dstar = &advance();
        value = binary(0);
        if (!value) return nullptr;
    } else {
        key = star_named_expression();
        if (!key) return nullptr;
        if (at(Tok::Colon)) {
            const Token& colon = advance();
            if (at(Tok::RBrace) || at(Tok::Comma)) {
                // invalid_double_starred_kvpairs
                raise_at(colon, "expression expected after dictionary key and ':'");
                return nullptr;
            }
            if (key->is<ast::Starred>()) {
                raise_range(*key, *key, "cannot use a starred expression in a dictionary key");
                return nullptr;
            }
            value = expression();
            if (!value) return nullptr;
        }
    }
    bool is_dict = value != nullptr;
    if (at_kw(Kw::For) || (at_kw(Kw::Async) && at_kw(Kw::For, 1))) {
        if (is_dict && key) {
            auto* dc = node<ast::DictComp>(lb);
            dc->key = key;
            dc->value = value;
            if (!comprehension_clauses(dc->generators) || !expect(Tok::RBrace)) return nullptr;
            return finish(dc);
        }
        if (!is_dict) {
            if (key->is<ast::Starred>()) {
                raise_range(*key, *key, "iterable unpacking cannot be used in comprehension");
                return nullptr;
            }
            auto* sc = node<ast::SetComp>(lb);
            sc->elt = key;
            if (!comprehension_clauses(sc->generators) || !expect(Tok::RBrace)) return nullptr;
            return finish(sc);
        }
        raise_at(*dstar, "dict unpacking cannot be used in dict comprehension");
        return nullptr;
    }
    if (is_dict) {
        auto* d = node<ast::Dict>(lb);
        d->keys.push_back(key);
        d->values.push_back(value);
        while (accept(Tok::Comma)) {
            if (at(Tok::RBrace)) break;
            if (accept(Tok::DoubleStar)) {
                Expr* v = binary(0);
                if (!v) return nullptr;
                d->keys.push_back(nullptr);
                d->values.push_back(v);
                continue;
            }
            Expr* k = expression();
            if (!k) return nullptr;
            if (!at(Tok::Colon)) {
                // invalid_kvpair: reported at the key's last character
                raise("SyntaxError", "':' expected after dictionary key", k->end_line,
                      k->end_col - 1, k->end_line, -1);
                return nullptr;
            }
            if (!at(Tok::Colon)) {
                raise_after_item(k);
                return nullptr;
            }
            const Token& colon = advance();
            if (at(Tok::RBrace) || at(Tok::Comma)) {
                raise_at(colon, "expression expected after dictionary key and ':'");
                return nullptr;
            }
            Expr* v = expression();
            if (!v) return nullptr;
            d->keys.push_back(k);
            d->values.push_back(v);
        }
        if (!at(Tok::RBrace)) {
            raise_after_item(d->values.back());
            return nullptr;
        }
        advance();
        return finish(d);
    }
    auto* s = node<ast::Set>(lb);
    s->elts.push_back(key);
    while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        Expr* x = star_named_expression();
        if (!x) return nullptr;
        s->elts.push_back(x);
    }
    if (!at(Tok::RBrace)) {
        raise_after_item(s->elts.back());
        return nullptr;
    }
    advance();
    return finish(s);
}

} // namespace loopscope
