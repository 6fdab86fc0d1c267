// parser_match.cpp - the match statement and its patterns (CPython 3.11's match_stmt,
// case_block and the *_pattern rules of Grammar/python.gram, with their error messages).
//
// `match` and `case` are soft keywords: a line starting with the name `match` is a match
// statement only if a subject expression and ':' NEWLINE follow; otherwise the parser backs up
// and reads the line as an ordinary statement (`match = 1`, `match(x)`).
#include "lang/parser_internal.h"

namespace loopscope {

using ast::Expr;
using ast::Pattern;

bool Parser::at_soft_kw(const char* word, int ahead) {
    const Token& t = tok(ahead);
    return t.type == Tok::Name && t.kw == Kw::None && t.text == word;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Returns nullptr
// without an error when the line is not a match statement (`*is_match` false); if it was
// `match subject` NEWLINE, match_missing_colon_ is that NEWLINE's index (statement() reports
// "expected ':'" there when the line is not a valid statement either).
ast::Stmt* Parser::match_stmt(bool* is_match) {
    *is_match = false;
    size_t saved_idx = idx_, saved_furthest = furthest_;
    const Token& kw = advance();
    Expr* subject = nullptr;
    if (starts_expression() || at(Tok::Star)) {
        // A failed subject is not an error: the line may be `match.x = 1` or `match -= 1`.
        bool saved_failed = failed_;
        SyntaxErrorInfo saved_error = error_;
        subject = star_expressions();
        if (subject && at(Tok::Newline)) match_missing_colon_ = idx_; // invalid_match_stmt
        if (!subject || !at(Tok::Colon) || tok(1).type != Tok::Newline) subject = nullptr;
        if (!subject) {
            failed_ = saved_failed;
            error_ = saved_error;
        }
    }
    if (!subject) {
        idx_ = saved_idx;
        furthest_ = saved_furthest;
        return nullptr;
    }
    *is_match = true;
    advance(); // ':'
    advance(); // NEWLINE
    if (!at(Tok::Indent)) {
        tok();
        raise_last("expected an indented block after 'match' statement on line " +
                       std::to_string(kw.line),
                   "IndentationError");
        return nullptr;
    }
    advance();
    auto* m = node<ast::Match>(kw);
    m->subject = subject;
    while (!at(Tok::Dedent) && !at(Tok::EndMarker)) {
        if (!at_soft_kw("case")) {
            raise_generic();
            return nullptr;
        }
        const Token& c = advance();
        auto* mc = module_.make<ast::MatchCase>();
        mc->pattern = patterns();
        if (!mc->pattern) return nullptr;
        if (accept_kw(Kw::If)) {
            mc->guard = named_expression();
            if (!mc->guard) return nullptr;
        }
        if (!accept(Tok::Colon)) {
            if (at(Tok::Newline))
                raise_last("expected ':'");
            else
                raise_generic();
            return nullptr;
        }
        if (!block(mc->body, "'case' statement", c.line)) return nullptr;
        m->cases.push_back(mc);
    }
    if (m->cases.empty()) {
        raise_generic();
        return nullptr;
    }
    // the statement ends with its last case's body
    const ast::Stmt* last = m->cases.back()->body.back();
    m->end_line = last->end_line;
    m->end_col = last->end_col;
    accept(Tok::Dedent);
    return m;
}

// patterns: open_sequence_pattern (a tuple without parentheses) | pattern
Pattern* Parser::patterns() {
    const Token& first = tok();
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    if (!at(Tok::Comma)) {
        if (p->is<ast::MatchStar>()) { // `case *x:` is a one-item sequence only with a comma
            raise_generic();
            return nullptr;
        }
        return p;
    }
    auto* seq = node<ast::MatchSequence>(first);
    seq->patterns.push_back(p);
    while (accept(Tok::Comma)) {
        if (at(Tok::Colon) || at_kw(Kw::If)) break;
        Pattern* x = maybe_star_pattern();
        if (!x) return nullptr;
        seq->patterns.push_back(x);
    }
    // the sequence ends at its last pattern, not at a trailing comma
    seq->end_line = seq->patterns.back()->end_line;
    seq->end_col = seq->patterns.back()->end_col;
    return seq;
}

// maybe_star_pattern: '*' (capture | '_') | pattern
Pattern* Parser::maybe_star_pattern() {
    if (!at(Tok::Star)) return pattern();
    const Token& st = advance();
    if (!at_name()) {
        raise_generic();
        return nullptr;
    }
    const Token& n = advance();
    auto* s = node<ast::MatchStar>(st);
    if (n.text != "_") s->name = std::string(n.text);
    return finish(s);
}

// pattern: or_pattern ['as' NAME]
Pattern* Parser::pattern() {
    if (!enter()) return nullptr;
    const Token& first = tok();
    Pattern* p = or_pattern();
    if (p && at_kw(Kw::As)) {
        advance();
        if (at_name() && tok().text == "_") { // invalid_as_pattern
            raise_at(tok(), "cannot use '_' as a target");
            return nullptr;
        }
        if (at_name() && (at(Tok::Dot, 1) || at(Tok::LPar, 1) || at(Tok::Equal, 1))) {
            advance();
            tok();
            raise_generic();
            return nullptr;
        }
        if (!at_name()) {
            const Token& bad = tok();
            if (starts_expression()) {
                Expr* e = expression();
                if (e) raise_range(*e, *e, "invalid pattern target");
            } else {
                raise_at(bad, "invalid pattern target");
            }
            return nullptr;
        }
        const Token& n = advance();
        auto* a = node<ast::MatchAs>(first);
        a->pattern = p;
        a->name = std::string(n.text);
        p = finish(a);
    }
    leave();
    return p;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::or_pattern() {
    const Token& first = tok();
    Pattern* p = closed_pattern();
    if (!p || !at(Tok::VBar)) return p;
    auto* o = node<ast::MatchOr>(first);
    o->patterns.push_back(p);
    while (accept(Tok::VBar)) {
        Pattern* x = closed_pattern();
        if (!x) return nullptr;
        o->patterns.push_back(x);
    }
    return finish(o);
}

// A literal usable as a pattern or a mapping key: a number, -number, real +/- imaginary, a
// string (not an f-string), None/True/False. Reports CPython's errors for bad complex literals.
Expr* Parser::literal_expr() {
    const Token& first = tok();
    if (at(Tok::String)) {
        Expr* s = strings();
        if (s && !s->is<ast::Constant>()) {
            raise_range(*s, *s, "patterns may only match literals and attribute lookups");
            return nullptr;
        }
        return s;
    }
    if (at(Tok::Name)) return atom(); // None, True, False
    // signed_number
    Expr* e = nullptr;
    if (at(Tok::Minus)) {
        advance();
        if (!at(Tok::Number)) {
            raise_generic();
            return nullptr;
        }
        auto* u = node<ast::UnaryOp>(first);
        u->op = ast::UnaryOperator::USub;
        u->operand = number();
        if (!u->operand) return nullptr;
        e = finish(u);
    } else {
        e = number();
        if (!e) return nullptr;
    }
    if (!at(Tok::Plus) && !at(Tok::Minus)) return e;
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    auto is_imag = [](Expr* x) {
        if (auto* u = x->as<ast::UnaryOp>()) x = u->operand;
        auto* c = x->as<ast::Constant>();
        return c && c->type == ast::ConstantType::Imaginary;
    };
    if (is_imag(e)) {
        raise_range(*e, *e, "real number required in complex literal");
        return nullptr;
    }
    bool plus = advance().type == Tok::Plus;
    if (!at(Tok::Number)) {
        raise_generic();
        return nullptr;
    }
    Expr* imag = number();
    if (!imag) return nullptr;
    if (!is_imag(imag)) {
        raise_range(*imag, *imag, "imaginary number required in complex literal");
        return nullptr;
    }
    auto* b = node<ast::BinOp>(first);
    b->left = e;
    b->op = plus ? ast::Operator::Add : ast::Operator::Sub;
    b->right = imag;
    return finish(b);
}

// name_or_attr: NAME ('.' NAME)*
Expr* Parser::name_or_attr() {
    const Token& first = advance();
    auto* n = node<ast::Name>(first);
    n->id = std::string(first.text);
    Expr* e = finish(n);
    while (at(Tok::Dot)) {
        advance();
        if (!at_name()) {
            raise_generic();
            return nullptr;
        }
        const Token& a = advance();
        auto* attr = module_.make<ast::Attribute>();
        attr->value = e;
        attr->attr = std::string(a.text);
        e = span(attr, first, a);
    }
    return e;
}

Pattern* Parser::closed_pattern() {
    const Token& t = tok();
    switch (t.type) {
        case Tok::Number:
        case Tok::String:
        case Tok::Minus: {
            Expr* v = literal_expr();
            if (!v) return nullptr;
            auto* p = node<ast::MatchValue>(t);
            p->value = v;
            p->end_line = v->end_line;
            p->end_col = v->end_col;
            return p;
        }
        case Tok::Name: {
            if (t.kw == Kw::None_ || t.kw == Kw::True_ || t.kw == Kw::False_) {
                advance();
                auto* p = node<ast::MatchSingleton>(t);
                p->value = t.kw == Kw::None_   ? ast::ConstantType::None
                           : t.kw == Kw::True_ ? ast::ConstantType::True
                                               : ast::ConstantType::False;
                return finish(p);
            }
            if (t.kw != Kw::None) break;
            if (!at(Tok::Dot, 1) && !at(Tok::LPar, 1)) { // capture or wildcard
                advance();
                auto* p = node<ast::MatchAs>(t);
                if (t.text != "_") p->name = std::string(t.text);
                return finish(p);
            }
            Expr* e = name_or_attr();
            if (!e) return nullptr;
            if (at(Tok::LPar)) return class_pattern(e);
            if (!e->is<ast::Attribute>()) break;
            auto* p = node<ast::MatchValue>(t);
            p->value = e;
            return finish(p);
        }
        case Tok::LPar:
        case Tok::LSqb: {
            // group_pattern '(' pattern ')' or sequence_pattern
            bool square = t.type == Tok::LSqb;
            Tok closer = square ? Tok::RSqb : Tok::RPar;
            advance();
            auto* seq = node<ast::MatchSequence>(t);
            bool comma = false;
            while (!at(closer)) {
                Pattern* x = maybe_star_pattern();
                if (!x) return nullptr;
                seq->patterns.push_back(x);
                if (!accept(Tok::Comma)) break;
                comma = true;
            }
            if (!at(closer)) {
                raise_generic();
                return nullptr;
            }
            advance();
            if (!square && !comma && seq->patterns.size() == 1 &&
                !seq->patterns[0]->is<ast::MatchStar>())
                return seq->patterns[0]; // a parenthesized pattern
            return finish(seq);
        }
        case Tok::LBrace: return mapping_pattern();
        default: break;
    }
    raise_generic();
    return nullptr;
}

// mapping_pattern: '{' [key: pattern, ...] [**rest] [','] '}'
Pattern* Parser::mapping_pattern() {
    const Token& open = advance();
    auto* m = node<ast::MatchMapping>(open);
    while (!at(Tok::RBrace)) {
        if (at(Tok::DoubleStar)) {
            advance();
            if (!at_name() || tok().text == "_") {
                raise_generic();
                return nullptr;
            }
            m->rest = std::string(advance().text);
            accept(Tok::Comma);
            break;
        }
        Expr* key = nullptr;
        if (at_name()) {
            key = name_or_attr();
            if (key && !key->is<ast::Attribute>()) {
                raise_generic();
                return nullptr;
            }
        } else {
            key = literal_expr();
        }
        if (!key) return nullptr;
        if (!accept(Tok::Colon)) {
            raise_generic();
            return nullptr;
        }
        Pattern* v = pattern();
        if (!v) return nullptr;
        m->keys.push_back(key);
        m->patterns.push_back(v);
        if (!accept(Tok::Comma)) break;
    }
    if (!accept(Tok::RBrace)) {
        raise_generic();
        return nullptr;
    }
    return finish(m);
}

// class_pattern: name_or_attr '(' [positional, ...] [NAME=pattern, ...] [','] ')'
Pattern* Parser::class_pattern(Expr* cls) {
    advance(); // '('
    auto* c = node<ast::MatchClass>(*cls);
    c->cls = cls;
    const Pattern* first_positional_after_kw = nullptr;
    while (!at(Tok::RPar)) {
        if (at_name() && at(Tok::Equal, 1)) {
            c->kwd_attrs.emplace_back(advance().text);
            advance(); // '='
            Pattern* v = pattern();
            if (!v) return nullptr;
            c->kwd_patterns.push_back(v);
        } else {
            Pattern* v = pattern();
            if (!v) return nullptr;
            if (!c->kwd_attrs.empty()) {
                if (!first_positional_after_kw) first_positional_after_kw = v;
                // invalid_class_argument_pattern: the positional patterns after a keyword one
                while (accept(Tok::Comma) && !at(Tok::RPar) && !(at_name() && at(Tok::Equal, 1))) {
                    v = pattern();
                    if (!v) return nullptr;
                }
                raise_range(*first_positional_after_kw, *v,
                            "positional patterns follow keyword patterns");
                return nullptr;
            }
            c->patterns.push_back(v);
        }
        if (!accept(Tok::Comma)) break;
    }
    if (!accept(Tok::RPar)) {
        raise_generic();
        return nullptr;
    }
    return finish(c);
}

} // namespace loopscope
