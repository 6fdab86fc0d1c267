// parser_internal.h - the Parser class shared by parser.cpp (statements, errors),
// parser_expr.cpp (expressions, targets) and parser_string.cpp (literals, f-strings).
// Not part of the public API: use parser.h.
//
// Recursive descent over the token list; binary operators by precedence climbing. Every
// parse function returns nullptr (or false) once an error is recorded, and callers unwind.
// Error messages and positions follow CPython 3.11's grammar (Grammar/python.gram "invalid_"
// rules and Parser/pegen_errors.c).
#pragma once

#include "lang/ast.h"
#include "lang/lexer.h"
#include "lang/syntax_error.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace loopscope {

// A node spanning from the start of `a` to the end of `b` (nodes or tokens).
template <class T, class A, class B>
inline T* span(T* n, const A& a, const B& b) {
    n->line = a.line;
    n->col = a.col;
    n->end_line = b.end_line;
    n->end_col = b.end_col;
    return n;
}

class Parser {
public:
    // `depth` carries the nesting depth into f-string sub-parsers.
    Parser(std::string_view source, LexResult lex, ast::Module& module, int depth = 0,
           bool fstring = false);

    bool parse_file();               // statements to module.body
    ast::Expr* parse_fstring_expr(); // the expression inside an f-string's braces
    bool failed() const { return failed_; }
    const SyntaxErrorInfo& error() const { return error_; }

    // ---- tokens (parser.cpp)
    const Token& tok(int ahead = 0);
    const Token& prev() const { return toks_[idx_ > 0 ? idx_ - 1 : 0]; }
    bool at(Tok t, int ahead = 0) { return tok(ahead).type == t; }
    bool at_kw(Kw k, int ahead = 0) { return tok(ahead).type == Tok::Name && tok(ahead).kw == k; }
    bool at_name(int ahead = 0) {
        return tok(ahead).type == Tok::Name && tok(ahead).kw == Kw::None;
    }
    const Token& advance();
    bool accept(Tok t);
    bool accept_kw(Kw k);
    bool expect(Tok t);                          // generic "invalid syntax" if missing
    bool expect_forced(Tok t, const char* what); // CPython's &&'x': "expected 'x'"

    // ---- errors (parser.cpp)
    // Record an error (the first one wins). Positions are 1-based lines, 0-based byte cols.
    void raise(const char* type, const std::string& msg, int line, int col, int end_line,
               int end_col);
    void raise_at(const Token& t, const std::string& msg, const char* type = "SyntaxError");
    // From the start of `a` to the end of `b` (AST nodes or tokens).
    template <class A, class B>
    void raise_range(const A& a, const B& b, const std::string& msg) {
        raise("SyntaxError", msg, a.line, a.col, b.end_line, b.end_col);
    }
    void raise_last(const std::string& msg, const char* type = "SyntaxError"); // last fetched
    void raise_generic(); // "invalid syntax" at the furthest token (and INDENT/EOF cases)
    bool enter();         // nesting depth guard; false (with error) if too deep
    void leave() { --depth_; }
    // Restores depth_ when a loop that deepens the tree (a + b + c, a.b.c) ends.
    struct DepthScope {
        int& depth;
        int saved;
        explicit DepthScope(int& d) : depth(d), saved(d) {}
        ~DepthScope() { depth = saved; }
    };

    // ---- statements (parser.cpp, parser_stmt.cpp)
    bool statements(ast::StmtList& out, bool until_dedent);
    bool statement(ast::StmtList& out);
    bool simple_stmts(ast::StmtList& out);
    ast::Stmt* simple_stmt();
    ast::Stmt* expr_or_assign_stmt();
    bool block(ast::StmtList& out, const std::string& what, int line);
    ast::Stmt* compound_stmt();
    ast::Stmt* if_stmt(bool elif);
    ast::Stmt* while_stmt();
    ast::Stmt* for_stmt(const Token* async_tok);
    ast::Stmt* with_stmt(const Token* async_tok);
    ast::Stmt* try_stmt();
    ast::Stmt* funcdef(const Token* async_tok, ast::ExprList decorators);
    ast::Stmt* classdef(ast::ExprList decorators);
    ast::Arguments* parameters(Tok closer, bool lambda);
    ast::Stmt* import_stmt();
    ast::Stmt* from_import_stmt();
    ast::Stmt* raise_stmt();

    // ---- match statement and patterns (parser_match.cpp)
    bool at_soft_kw(const char* word, int ahead = 0);
    ast::Stmt* match_stmt(bool* is_match);
    ast::Pattern* patterns();
    ast::Pattern* maybe_star_pattern();
    ast::Pattern* pattern();
    ast::Pattern* or_pattern();
    ast::Pattern* closed_pattern();
    ast::Pattern* mapping_pattern();
    ast::Pattern* class_pattern(ast::Expr* cls);
    ast::Expr* literal_expr();
    ast::Expr* name_or_attr();
    size_t match_missing_colon_ = 0; // see match_stmt

    // ---- expressions (parser_expr.cpp)
    ast::Expr* star_expressions(); // a, *b  (tuple without parens)
    ast::Expr* star_expression();
    ast::Expr* named_expression();
    ast::Expr* expression(); // ternary / lambda level
    ast::Expr* disjunction();
    ast::Expr* conjunction();
    ast::Expr* inversion();
    ast::Expr* comparison();
    ast::Expr* binary(int min_prec);
    ast::Expr* factor();
    ast::Expr* power();
    ast::Expr* await_primary();
    ast::Expr* primary();
    ast::Expr* atom();
    ast::Expr* paren_atom();
    ast::Expr* list_atom();
    ast::Expr* brace_atom();
    ast::Expr* lambda_expr();
    ast::Expr* yield_expr();
    ast::Expr* slices();
    ast::Expr* call(ast::Expr* func);
    bool comprehension_clauses(std::vector<ast::Comprehension*>& out);
    ast::Expr* star_named_expression();
    ast::Expr* maybe_juxtaposed(ast::Expr* a); // "Perhaps you forgot a comma?"
    bool starts_expression(int ahead = 0);
    void raise_after_item(ast::Expr* last);

    // targets (parser_expr.cpp): set Store/Del contexts or report CPython's error
    // `hint`: the sub-target that gets CPython's "here. Maybe you meant '=='" suffix.
    bool set_context(ast::Expr* e, ast::ExprContext ctx, const ast::Expr* hint);
    const ast::Expr* invalid_target(ast::Expr* e, ast::ExprContext ctx);
    static const char* expr_name(const ast::Expr* e);

    // ---- literals (parser_string.cpp)
    ast::Expr* strings(); // one or more adjacent STRING tokens
    ast::Expr* number();
    // f-string helpers: parse the body [begin, end) (absolute source offsets) of one f-string
    // token into `parts`; `spec_level` > 0 inside a format spec. Returns the offset where it
    // stopped ('}' ending a spec, or `end`), or npos on error (message in `fs_error`).
    size_t fstring_body(size_t begin, size_t end, bool raw, int spec_level, ast::ExprList& parts,
                        std::string& lit, const ast::Pos& whole);
    size_t fstring_field(size_t at, size_t end, bool raw, int spec_level, ast::ExprList& parts,
                         std::string& lit, const ast::Pos& whole);
    ast::Expr* fstring_expression(size_t begin, size_t end);
    std::string fs_error_;         // pending f-string scanning error (reported after the strings)
    bool fs_error_plain_ = false;  // fs_error_ has no "f-string: " prefix
    size_t fs_tok_offset_ = 0;     // the f-string token being scanned: its offset in source_,
    int fs_tok_line_ = 1;          // its line in source_,
    size_t fs_tok_line_start_ = 0; // and the offset where that line starts
    int line_shift_ = 0;           // f-string sub-parser: token lines were shifted by this
    int col_shift_ = 0;            // ... and columns on their first line by this

    template <class T>
    T* node(const Token& start) {
        T* n = module_.make<T>();
        n->line = start.line;
        n->col = start.col;
        return n;
    }
    template <class T>
    T* node(const ast::Pos& start) {
        T* n = module_.make<T>();
        n->line = start.line;
        n->col = start.col;
        return n;
    }
    // Set the end of `n` to the end of the previous token.
    template <class T>
    T* finish(T* n) {
        const Token& p = prev();
        n->end_line = p.end_line;
        n->end_col = p.end_col;
        return n;
    }

    // Expressions written inside their own parentheses: `(a, b)` vs `a, b`, `(x): int`.
    std::unordered_set<const ast::Expr*> parenthesized_;
    bool is_parenthesized(const ast::Expr* e) const { return parenthesized_.count(e) != 0; }

    std::string_view source_;
    LexResult lex_;
    std::vector<Token>& toks_;
    ast::Module& module_;
    size_t idx_ = 0;
    size_t furthest_ = 0; // furthest token index fetched (CPython reports generic errors there)
    int depth_ = 0;
    bool fstring_ = false; // parsing an f-string expression: errors get the "f-string: " prefix
    bool failed_ = false;
    SyntaxErrorInfo error_;
};

} // namespace loopscope
