// compiler_annotations.cpp - annotations as CPython 3.11 evaluates them (without `from
// __future__ import annotations`): a function's parameter and return annotations become its
// __annotations__ (MAKE_FUNCTION's annotations tuple); `name: T` in a module or class body
// stores T in that namespace's __annotations__ (made by SETUP_ANNOTATIONS); annotations of
// local variables in functions are not evaluated.
#include "lang/compiler_impl.h"

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
        expr(a->annotation);
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
    if (evaluated) {
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
        expr(ann);
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

} // namespace loopscope
