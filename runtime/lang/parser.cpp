// parser.cpp - the parser's entry point, token cursor and CPython-compatible error reporting,
// and the simple statements. Compound statements: parser_stmt.cpp; expressions:
// parser_expr.cpp; literals and f-strings: parser_string.cpp.
#include "lang/parser.h"

#include "lang/parser_internal.h"

#include <cstdio>
#include <optional>

namespace loopscope {

namespace {
// Expression nesting beyond this is reported instead of recursing further (the wasm stack is
// small). Brackets are limited to 200 by the lexer, as CPython's tokenizer does.
constexpr int kMaxDepth = 1000;
} // namespace

Parser::Parser(std::string_view source, LexResult lex, ast::Module& module, int depth, bool fstring)
    : source_(source), lex_(std::move(lex)), toks_(lex_.tokens), module_(module), depth_(depth),
      fstring_(fstring) {}

//-----------------------------------------------------------------------------
// [SECTION] Token cursor
//-----------------------------------------------------------------------------

const Token& Parser::tok(int ahead) {
    size_t i = idx_ + static_cast<size_t>(ahead);
    if (i >= toks_.size()) i = toks_.size() - 1;
    if (i > furthest_) furthest_ = i;
    return toks_[i];
}

const Token& Parser::advance() {
    const Token& t = tok();
    if (idx_ + 1 < toks_.size()) idx_++;
    return t;
}

bool Parser::accept(Tok t) {
    if (!at(t)) return false;
    advance();
    return true;
}

bool Parser::accept_kw(Kw k) {
    if (!at_kw(k)) return false;
    advance();
    return true;
}

bool Parser::expect(Tok t) {
    if (accept(t)) return true;
    raise_generic();
    return false;
}

bool Parser::expect_forced(Tok t, const char* what) {
    if (accept(t)) return true;
    if (at(Tok::Error)) {
        raise_generic();
        return false;
    }
    // as pegen's _PyPegen_expect_forced_token: reported at the current token
    raise_at(tok(), std::string("expected '") + what + "'");
    return false;
}

bool Parser::enter() {
    if (++depth_ > kMaxDepth) {
        // CPython gives up the same way (its compiler recurses on the tree)
        if (!failed_) {
            const Token& t = tok();
            raise("RecursionError", "maximum recursion depth exceeded during compilation", t.line,
                  t.col, t.end_line, t.end_col);
        }
        return false;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Errors
//-----------------------------------------------------------------------------

void Parser::raise(const char* type, const std::string& msg, int line, int col, int end_line,
                   int end_col) {
    if (failed_) return;
    failed_ = true;
    if (lex_.has_error) {
        // as _PyPegen_set_syntax_error + _PyPegen_tokenize_full_source_to_check_for_errors:
        // errors the tokenizer raises itself win; an unclosed bracket wins over an error on a
        // later line; other tokenizer errors are reported once the parser reached them.
        bool reached = furthest_ + 1 >= toks_.size();
        // (CPython compares with the line of the last token it fetched)
        bool unclosed_first =
            lex_.unclosed_bracket_line > 0 && lex_.unclosed_bracket_line < toks_[furthest_].line;
        if (lex_.error_overrides || reached || unclosed_first) {
            error_ = lex_.error;
            return;
        }
    }
    // f-string sub-parser: report in the coordinates of CPython's "(expr)" copy
    if (line == 1 + line_shift_) col -= col_shift_;
    if (end_line == 1 + line_shift_ && end_col >= 0) end_col -= col_shift_;
    line -= line_shift_;
    end_line -= line_shift_;
    error_.type = type;
    error_.msg = fstring_ ? "f-string: " + msg : msg;
    error_.line = line;
    error_.end_line = end_line;
    error_.text = source_line(source_, line, true);
    // CPython's parser reports byte offsets for file input (its tokenizer, characters)
    error_.col = col + 1;
    error_.end_col = end_col < 0 ? end_col : end_col + 1;
}

void Parser::raise_at(const Token& t, const std::string& msg, const char* type) {
    if (t.type == Tok::Error) {
        raise_generic();
        return;
    }
    raise(type, msg, t.line, t.col, t.end_line, t.end_col);
}

void Parser::raise_last(const std::string& msg, const char* type) {
    const Token& t = toks_[furthest_];
    if (t.type == Tok::Indent || t.type == Tok::Dedent || t.type == Tok::EndMarker) {
        // CPython's INDENT/DEDENT tokens have no column; the offset is the tokenizer's position
        raise(type, msg, t.line, t.col - 1, t.line, -1);
        return;
    }
    raise_at(t, msg, type);
}

void Parser::raise_generic() {
    if (failed_) return;
    const Token& t = toks_[furthest_];
    if (t.type == Tok::Error) {
        failed_ = true;
        error_ = lex_.error;
        return;
    }
    if (t.type == Tok::Indent) {
        raise_last("unexpected indent", "IndentationError");
        return;
    }
    if (t.type == Tok::Dedent) {
        raise_last("unexpected unindent", "IndentationError");
        return;
    }
    raise_at(t, "invalid syntax");
}

//-----------------------------------------------------------------------------
// [SECTION] Module and statement lists
//-----------------------------------------------------------------------------

bool Parser::parse_file() {
    if (!statements(module_.body, false)) return false;
    if (!at(Tok::EndMarker)) {
        raise_generic();
        return false;
    }
    return true;
}

bool Parser::statements(ast::StmtList& out, bool until_dedent) {
    for (;;) {
        if (at(Tok::EndMarker)) {
            if (until_dedent) {
                raise_generic();
                return false;
            }
            return true;
        }
        if (until_dedent && accept(Tok::Dedent)) return true;
        if (!until_dedent && at(Tok::Dedent)) {
            raise_generic();
            return false;
        }
        if (!statement(out)) return false;
    }
}

bool Parser::statement(ast::StmtList& out) {
    const Token& t = tok();
    bool compound = t.type == Tok::At;
    if (t.type == Tok::Name) {
        switch (t.kw) {
            case Kw::Def:
            case Kw::If:
            case Kw::Class:
            case Kw::With:
            case Kw::For:
            case Kw::Try:
            case Kw::While: compound = true; break;
            case Kw::Async:
                compound = at_kw(Kw::Def, 1) || at_kw(Kw::For, 1) || at_kw(Kw::With, 1);
                break;
            default: break;
        }
    }
    if (at_soft_kw("match")) {
        bool is_match = false;
        match_missing_colon_ = 0;
        ast::Stmt* m = match_stmt(&is_match);
        if (is_match) {
            if (!m) return false;
            out.push_back(m);
            return true;
        }
        if (match_missing_colon_ && !simple_stmts(out)) {
            // invalid_match_stmt: `match x` NEWLINE that is no other statement either
            failed_ = false;
            error_ = SyntaxErrorInfo{};
            const Token& nl = toks_[match_missing_colon_];
            raise_at(nl, "expected ':'");
            return false;
        }
        if (match_missing_colon_) return true;
    }
    if (compound) {
        ast::Stmt* s = compound_stmt();
        if (!s) return false;
        out.push_back(s);
        return true;
    }
    return simple_stmts(out);
}

bool Parser::simple_stmts(ast::StmtList& out) {
    for (;;) {
        ast::Stmt* s = simple_stmt();
        if (!s) return false;
        out.push_back(s);
        if (accept(Tok::Semi)) {
            if (at(Tok::Newline)) break;
            continue;
        }
        break;
    }
    return expect(Tok::Newline);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::block(ast::StmtList& out, const std::string& what, int line) {
    if (accept(Tok::Newline)) {
        if (!at(Tok::Indent)) {
            // as invalid_*_stmt: "expected an indented block after ..."
            tok();
            raise_last("expected an indented block after " + what + " on line " +
                           std::to_string(line),
                       "IndentationError");
            return false;
        }
        advance();
        if (!statements(out, true)) return false;
        if (out.empty()) { // cannot happen: an INDENT is always followed by a statement
            raise_generic();
            return false;
        }
        return true;
    }
    if (at(Tok::Indent) || at(Tok::Dedent) || at(Tok::EndMarker)) {
        raise_generic();
        return false;
    }
    return simple_stmts(out);
}

//-----------------------------------------------------------------------------
// [SECTION] Simple statements
//-----------------------------------------------------------------------------

ast::Stmt* Parser::simple_stmt() {
    const Token& t = tok();
    if (t.type != Tok::Name || t.kw == Kw::None) return expr_or_assign_stmt();
    switch (t.kw) {
        case Kw::Pass: advance(); return finish(node<ast::Pass>(t));
        case Kw::Break: advance(); return finish(node<ast::Break>(t));
        case Kw::Continue: advance(); return finish(node<ast::Continue>(t));
        case Kw::Return: {
            advance();
            auto* s = node<ast::Return>(t);
            if (!at(Tok::Newline) && !at(Tok::Semi)) {
                s->value = star_expressions();
                if (!s->value) return nullptr;
            }
            return finish(s);
        }
        case Kw::Raise: return raise_stmt();
        case Kw::Global:
        case Kw::Nonlocal: {
            advance();
            std::vector<std::string> names;
            do {
                if (!at_name()) {
                    raise_generic();
                    return nullptr;
                }
                names.emplace_back(advance().text);
            } while (accept(Tok::Comma));
            if (t.kw == Kw::Global) {
                auto* s = node<ast::Global>(t);
                s->names = std::move(names);
                return finish(s);
            }
            auto* s = node<ast::Nonlocal>(t);
            s->names = std::move(names);
            return finish(s);
        }
        case Kw::Del: {
            advance();
            auto* s = node<ast::Delete>(t);
            ast::Expr* targets = star_expressions();
            if (!targets) return nullptr;
            if (!at(Tok::Newline) && !at(Tok::Semi)) {
                raise_generic();
                return nullptr;
            }
            // `del a, b` deletes each; a parenthesized tuple is one target (as CPython)
            auto* tup = targets->as<ast::Tuple>();
            bool bare_tuple = tup && !is_parenthesized(targets);
            if (bare_tuple)
                s->targets = tup->elts;
            else
                s->targets.push_back(targets);
            for (ast::Expr* e : s->targets)
                if (!set_context(e, ast::ExprContext::Del, nullptr)) return nullptr;
            return finish(s);
        }
        case Kw::Assert: {
            advance();
            auto* s = node<ast::Assert>(t);
            s->test = expression();
            if (!s->test) return nullptr;
            if (accept(Tok::Comma)) {
                s->msg = expression();
                if (!s->msg) return nullptr;
            }
            return finish(s);
        }
        case Kw::Import: return import_stmt();
        case Kw::From: return from_import_stmt();
        default: return expr_or_assign_stmt();
    }
}

ast::Stmt* Parser::raise_stmt() {
    const Token& t = advance();
    auto* s = node<ast::Raise>(t);
    if (!at(Tok::Newline) && !at(Tok::Semi)) {
        s->exc = expression();
        if (!s->exc) return nullptr;
        if (accept_kw(Kw::From)) {
            s->cause = expression();
            if (!s->cause) return nullptr;
        }
    }
    return finish(s);
}

// dotted_name: NAME ('.' NAME)*
static bool dotted_name(Parser& p, std::string& out) {
    if (!p.at_name()) {
        p.raise_generic();
        return false;
    }
    out = std::string(p.advance().text);
    while (p.at(Tok::Dot)) {
        p.advance();
        if (!p.at_name()) {
            p.raise_generic();
            return false;
        }
        out += ".";
        out += p.advance().text;
    }
    return true;
}

ast::Stmt* Parser::import_stmt() {
    const Token& t = advance();
    auto* s = node<ast::Import>(t);
    do {
        const Token& first = tok();
        auto* a = node<ast::Alias>(first);
        if (!dotted_name(*this, a->name)) return nullptr;
        if (accept_kw(Kw::As)) {
            if (!at_name()) {
                raise_generic();
                return nullptr;
            }
            a->asname = std::string(advance().text);
        }
        s->names.push_back(finish(a));
    } while (accept(Tok::Comma));
    return finish(s);
}

ast::Stmt* Parser::from_import_stmt() {
    const Token& t = advance();
    auto* s = node<ast::ImportFrom>(t);
    for (;;) {
        if (accept(Tok::Dot))
            s->level += 1;
        else if (accept(Tok::Ellipsis))
            s->level += 3;
        else
            break;
    }
    if (!at_kw(Kw::Import) || s->level == 0) {
        if (!dotted_name(*this, s->module)) return nullptr;
    }
    if (!accept_kw(Kw::Import)) {
        raise_generic();
        return nullptr;
    }
    if (at(Tok::Star)) {
        const Token& st = advance();
        auto* a = node<ast::Alias>(st);
        a->name = "*";
        s->names.push_back(finish(a));
        return finish(s);
    }
    bool paren = accept(Tok::LPar);
    for (;;) {
        if (!at_name()) {
            raise_generic();
            return nullptr;
        }
        const Token& n = advance();
        auto* a = node<ast::Alias>(n);
        a->name = std::string(n.text);
        if (accept_kw(Kw::As)) {
            if (!at_name()) {
                raise_generic();
                return nullptr;
            }
            a->asname = std::string(advance().text);
        }
        s->names.push_back(finish(a));
        if (!accept(Tok::Comma)) break;
        if (paren && at(Tok::RPar)) break;
        if (!paren && (at(Tok::Newline) || at(Tok::Semi))) {
            // as invalid_import_from_targets
            raise_last("trailing comma not allowed without surrounding parentheses");
            return nullptr;
        }
    }
    if (paren && !expect(Tok::RPar)) return nullptr;
    return finish(s);
}

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

// Source CPython refuses before tokenizing (as its file tokenizer, line by line): a line that is
// not UTF-8, or one with a NUL byte. A leading BOM is fine.
static std::optional<SyntaxErrorInfo> check_source_bytes(std::string_view src,
                                                         std::string_view filename) {
    const auto* s = reinterpret_cast<const unsigned char*>(src.data());
    const size_t n = src.size();
    size_t i = (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) ? 3 : 0;
    int line = 1;
    size_t line_start = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c == '\n') {
            ++line;
            line_start = ++i;
            continue;
        }
        if (c == 0) {
            SyntaxErrorInfo e;
            e.msg = "source code cannot contain null bytes";
            e.line = line;
            e.text = std::string(src.substr(line_start, i - line_start));
            return e;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        // The length of a well-formed sequence starting here (0 if none), as RFC 3629.
        size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        bool ok = len > 0 && i + len <= n;
        for (size_t k = 1; ok && k < len; ++k) {
            const unsigned char b = s[i + k];
            ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        }
        if (!ok) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%02x", unsigned(c));
            SyntaxErrorInfo e;
            e.msg = "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " +
                    std::string(filename) + " on line " + std::to_string(line) +
                    ", but no encoding declared; see https://peps.python.org/pep-0263/ for "
                    "details";
            e.located = false;
            return e;
        }
        i += len;
    }
    return std::nullopt;
}

ParseResult parse_module(std::string_view source, std::string_view filename) {
    ParseResult result;
    if (auto bad = check_source_bytes(source, filename)) {
        result.error = *bad;
        return result;
    }
    auto module = std::make_unique<ast::Module>();
    module->filename = std::string(filename);
    Parser p(source, tokenize(source), *module);
    if (p.parse_file())
        result.module = std::move(module);
    else
        result.error = p.error();
    return result;
}

} // namespace loopscope
