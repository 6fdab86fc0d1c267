// compiler_annotations.cpp - annotations as CPython 3.11 evaluates them (without `from
// __future__ import annotations`): a function's parameter and return annotations become its
// __annotations__ (MAKE_FUNCTION's annotations tuple); `name: T` in a module or class body
// stores T in that namespace's __annotations__ (made by SETUP_ANNOTATIONS); annotations of
// local variables in functions are not evaluated.
#include "lang/compiler_impl.h"
#include "lang/ops.h"
#include "lang/syntax_error.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace loopscope {

// CPython's find_ann: does the block (not nested functions or classes) annotate a target?
bool Compiler::has_annotations(const ast::StmtList& body) {
    for (ast::Stmt* s : body) {
        bool found = false;
        switch (s->kind) {
            case ast::Stmt::Kind::AnnAssign: return true;
            case ast::Stmt::Kind::For: {
                auto* f = s->as<ast::For>();
                found = has_annotations(f->body) || has_annotations(f->orelse);
                break;
            }
            case ast::Stmt::Kind::While: {
                auto* w = s->as<ast::While>();
                found = has_annotations(w->body) || has_annotations(w->orelse);
                break;
            }
            case ast::Stmt::Kind::If: {
                auto* i = s->as<ast::If>();
                found = has_annotations(i->body) || has_annotations(i->orelse);
                break;
            }
            case ast::Stmt::Kind::With: found = has_annotations(s->as<ast::With>()->body); break;
            case ast::Stmt::Kind::Try: {
                auto* t = s->as<ast::Try>();
                found = has_annotations(t->body) || has_annotations(t->orelse) ||
                        has_annotations(t->finalbody);
                for (ast::ExceptHandler* h : t->handlers) found = found || has_annotations(h->body);
                break;
            }
            case ast::Stmt::Kind::Match:
                for (ast::MatchCase* c : s->as<ast::Match>()->cases)
                    found = found || has_annotations(c->body);
                break;
            default: break;
        }
        if (found) return true;
    }
    return false;
}

// `target: annotation [= value]` (compiler_annassign).
void Compiler::ann_assign(ast::AnnAssign* a) {
    if (a->value) {
        expr(a->value);
        store(a->target);
    }
    Scope* scope = u().scope;
    bool evaluated =
        scope && (scope->type == Scope::Type::Module || scope->type == Scope::Type::Class);
    if (auto* n = a->target->as<ast::Name>(); n && a->simple) {
        if (!evaluated) return;
        annotation(a->annotation);
        emit(Op::LOAD_NAME, uint32_t(add_name("__annotations__")));
        emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern(n->id)))));
        emit(Op::STORE_SUBSCR);
        return;
    }
    // A complex target: its parts are evaluated (when there is no value), then the annotation.
    if (!a->value) {
        if (auto* at = a->target->as<ast::Attribute>()) {
            expr(at->value);
            emit(Op::POP_TOP);
        } else if (auto* sub = a->target->as<ast::Subscript>()) {
            expr(sub->value);
            emit(Op::POP_TOP);
            expr(sub->slice);
            emit(Op::POP_TOP);
        }
    }
    if (evaluated && !future_annotations_) {
        expr(a->annotation);
        emit(Op::POP_TOP);
    }
}

// Push the (name, annotation, ...) tuple of a function's annotations; MF_ANNOTATIONS or 0.
uint32_t Compiler::function_annotations(ast::Arguments* args, ast::Expr* returns) {
    int n = 0;
    auto one = [&](const std::string& name, ast::Expr* ann) {
        if (!ann) return;
        emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern(name)))));
        annotation(ann);
        ++n;
    };
    if (args) {
        for (ast::Arg* x : args->posonlyargs) one(x->name, x->annotation);
        for (ast::Arg* x : args->args) one(x->name, x->annotation);
        if (args->vararg) one(args->vararg->name, args->vararg->annotation);
        for (ast::Arg* x : args->kwonlyargs) one(x->name, x->annotation);
        if (args->kwarg) one(args->kwarg->name, args->kwarg->annotation);
    }
    one("return", returns);
    if (!n) return 0;
    emit(Op::BUILD_TUPLE, uint32_t(2 * n));
    return MF_ANNOTATIONS;
}

// The spacing ast.unparse gives an annotation's text: a space kept only between two words,
// ", " after a comma, " | " around a union's bar; string literals as written.
static std::string tidy_annotation(const std::string& src) {
    auto word = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
    };
    std::string out;
    char quote = 0;
    for (size_t i = 0; i < src.size(); ++i) {
        char c = src[i];
        if (quote) {
            out += c;
            if (c == '\\' && i + 1 < src.size())
                out += src[++i];
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"') { // a plain "text" is written back as repr writes it: 'text'
            size_t end = src.find('"', i + 1);
            std::string_view inner = std::string_view(src).substr(i + 1, end - i - 1);
            if (end != std::string::npos && inner.find_first_of("'\\") == inner.npos &&
                (out.empty() || !word(out.back()))) {
                out += '\'';
                out += inner;
                out += '\'';
                i = end;
                continue;
            }
        }
        if (c == '\'' || c == '"') quote = c;
        if (c == ' ' || c == '\t') {
            size_t j = i;
            while (j < src.size() && (src[j] == ' ' || src[j] == '\t')) ++j;
            if (!out.empty() && j < src.size() && word(out.back()) && word(src[j])) out += ' ';
            i = j - 1;
            continue;
        }
        if (c == '|') {
            out += " | ";
            continue;
        }
        out += c;
        if (c == ',' && i + 1 < src.size()) out += ' ';
    }
    return out;
}

// An annotation's value: evaluated, or under `from __future__ import annotations` its source
// text (CPython stores ast.unparse's form: a str literal is written back as its repr, other
// expressions keep the program's own spelling).
void Compiler::annotation(ast::Expr* e) {
    if (!future_annotations_) return expr(e);
    std::string text;
    if (auto* c = e->as<ast::Constant>(); c && c->type == ast::ConstantType::Str) {
        text = repr_string(c->text);
    } else {
        for (int line = e->line; line <= e->end_line; ++line) {
            std::string l = source_line(source_, line, false);
            int from = line == e->line ? e->col : 0;
            int to = line == e->end_line ? e->end_col : int(l.size());
            if (from < 0 || to > int(l.size()) || from > to) break;
            if (!text.empty()) text += ' ';
            text += l.substr(size_t(from), size_t(to - from));
        }
    }
    emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern(tidy_annotation(text))))));
}

// The leading `from __future__ import` statements (CPython's future.c): after the docstring,
// before anything else. `annotations` is the one feature that changes something in 3.11.
void Compiler::future_imports(const ast::StmtList& body) {
    static const char* const known[] = {
        "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
    for (size_t i = 0; i < body.size(); ++i) {
        ast::Stmt* s = body[i];
        auto* f = s->as<ast::ImportFrom>();
        if (!f || f->module != "__future__" || f->level != 0) {
            auto* e = s->as<ast::ExprStmt>();
            auto* c = e ? e->value->as<ast::Constant>() : nullptr;
            if (i == 0 && c && c->type == ast::ConstantType::Str) continue; // the docstring
            return;
        }
        ast::Pos at = *s; // these two point at the statement's start only, as CPython's
        at.end_line = at.line;
        at.end_col = at.col + 1;
        for (ast::Alias* a : f->names) {
            if (a->name == "annotations") future_annotations_ = true;
            if (a->name == "braces") return error(at, "not a chance");
            if (std::find(std::begin(known), std::end(known), a->name) == std::end(known))
                return error(at, "future feature " + a->name + " is not defined");
        }
        future_line_ = s->line;
    }
}

} // namespace loopscope
