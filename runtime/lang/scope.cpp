// scope.cpp - symbol tables, mirroring CPython 3.11's Python/symtable.c, plus the checks
// CPython's compiler makes while walking the tree ('return' outside function, ...).
//
// Three passes, as CPython orders its errors (all symtable errors before compiler errors):
//   1. Collector: one ScopeInfo per scope, with each name's flags (DEF_LOCAL, USE, ...).
//   2. analyze(): CPython's analyze_block/analyze_name: LOCAL, CELL, FREE or GLOBAL per name.
//   3. Resolver (scope_resolve.cpp): walks the tree again in source order, fills every
//      Resolution and the public Scope fields, and reports the compiler's errors.
#include "lang/scope.h"

#include "lang/mangle.h"
#include "lang/scope_internal.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace loopscope {

using namespace ast;
using namespace scope_detail;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Pass 1: collect symbols (symtable_visit_*)
//-----------------------------------------------------------------------------

class Collector {
public:
    Collector(Module& m, std::string_view src, Error& err,
              std::unordered_map<Scope*, ScopeInfo*>& infos,
              std::vector<std::unique_ptr<ScopeInfo>>& owned)
        : module_(m), src_(src), err_(err), infos_(infos), owned_(owned) {}

    ScopeInfo* run() {
        ScopeInfo* top = enter(Scope::Type::Module, "<module>", 1, nullptr);
        top_ = top;
        module_.scope = top->pub;
        visit_all(module_.body);
        cur_ = nullptr;
        return top;
    }

private:
    ScopeInfo* enter(Scope::Type t, std::string name, int line, Scope** slot) {
        owned_.push_back(std::make_unique<ScopeInfo>());
        ScopeInfo* s = owned_.back().get();
        s->pub = module_.make<Scope>();
        s->pub->type = t;
        s->pub->name = std::move(name);
        s->pub->line = line;
        s->function_like = t == Scope::Type::Function || t == Scope::Type::Lambda ||
                           t == Scope::Type::Comprehension;
        s->comprehension = t == Scope::Type::Comprehension;
        s->parent = cur_;
        if (cur_) {
            cur_->children.push_back(s);
            s->pub->parent = cur_->pub;
            cur_->pub->children.push_back(s->pub);
        }
        if (slot) *slot = s->pub;
        infos_[s->pub] = s;
        cur_ = s;
        return s;
    }
    void leave() { cur_ = cur_->parent; }

    // symtable_add_def
    void add_def(const std::string& name, int flag, const Pos& where, bool reference = true) {
        Symbol& s = cur_->get(name);
        if ((flag & DEF_PARAM) && (s.flags & DEF_PARAM)) {
            set_error(err_, src_, "duplicate argument '" + name + "' in function definition",
                      where);
            return;
        }
        s.flags |= flag;
        if (reference) s.referenced = true;
        // symtable_add_def_helper: a global declaration also marks the module's symbol
        if (flag & DEF_GLOBAL) top_->get(name).flags |= DEF_GLOBAL;
    }

    // Private name mangling (mangle.h): CPython's symtable and compiler mangle each name by
    // the innermost class; rewriting the tree here, before anything looks the names up, gives
    // both passes the mangled ones.
    std::string private_; // the innermost class's name, "" outside classes
    void mangle(std::string& id) const {
        if (!private_.empty() && id.size() > 2 && id[0] == '_' && id[1] == '_')
            id = mangle_private_name(private_, id);
    }

    void params(Arguments* a) {
        for_each_param(*a, [&](Arg* x) {
            mangle(x->name);
            add_def(x->name, DEF_PARAM, *x);
        });
    }
    void visit_all(const ExprList& l) {
        for (Expr* e : l)
            if (e) visit(e);
    }
    void visit_all(const StmtList& l) {
        for (Stmt* s : l) visit(s);
    }
    void visit_defaults_and_annotations(Arguments* a, Expr* returns) {
        visit_all(a->defaults);
        visit_all(a->kw_defaults);
        for_each_annotation(*a, [&](Expr* e) { visit(e); });
        if (returns) visit(returns);
    }
    template <class Node>
    void visit_children(Node* n) {
        for_each_child(n, [&](auto* child) { visit(child); });
    }

    // symtable_visit_stmt: the statements that bind, declare or open a scope.
    void visit(Stmt* s) {
        if (err_.set) return;
        switch (s->kind) {
            case Stmt::Kind::FunctionDef: {
                auto* f = s->as<FunctionDef>();
                f->bound = f->name; // (a def keeps its name as __name__)
                mangle(f->bound);
                add_def(f->bound, DEF_LOCAL, *f);
                visit_defaults_and_annotations(f->args, f->returns);
                visit_all(f->decorator_list);
                // co_firstlineno is the first decorator's line
                int first = f->decorator_list.empty() ? f->line : f->decorator_list[0]->line;
                ScopeInfo* fs = enter(Scope::Type::Function, f->name, first, &f->scope);
                fs->bound = f->bound;
                fs->is_async_def = f->is_async;
                if (f->is_async) fs->coroutine = true;
                params(f->args);
                visit_all(f->body);
                leave();
                break;
            }
            case Stmt::Kind::ClassDef: {
                auto* c = s->as<ClassDef>();
                c->bound = c->name;
                mangle(c->bound);
                add_def(c->bound, DEF_LOCAL, *c);
                visit_all(c->bases);
                for (Keyword* k : c->keywords) visit(k->value);
                visit_all(c->decorator_list);
                int first = c->decorator_list.empty() ? c->line : c->decorator_list[0]->line;
                enter(Scope::Type::Class, c->name, first, &c->scope)->bound = c->bound;
                std::string outer = std::move(private_);
                private_ = c->name;
                visit_all(c->body);
                private_ = std::move(outer);
                leave();
                break;
            }
            case Stmt::Kind::AnnAssign: ann_assign(s->as<AnnAssign>()); break;
            case Stmt::Kind::Try: {
                auto* t = s->as<Try>();
                visit_all(t->body);
                for (ExceptHandler* h : t->handlers) {
                    if (h->type) visit(h->type);
                    mangle(h->name);
                    if (!h->name.empty()) add_def(h->name, DEF_LOCAL, *h);
                    visit_all(h->body);
                }
                visit_all(t->orelse);
                visit_all(t->finalbody);
                break;
            }
            case Stmt::Kind::Import:
                for (Alias* a : s->as<Import>()->names) {
                    mangle(a->name); // (not a dotted one)
                    mangle(a->asname);
                    add_def(bound_name(*a), DEF_IMPORT, *a);
                }
                break;
            case Stmt::Kind::ImportFrom:
                mangle(s->as<ImportFrom>()->module);
                for (Alias* a : s->as<ImportFrom>()->names) {
                    mangle(a->name);
                    mangle(a->asname);
                    if (a->name != "*") {
                        add_def(bound_name(*a), DEF_IMPORT, *a);
                    } else if (cur_->pub->type != Scope::Type::Module) {
                        set_error(err_, src_, "import * only allowed at module level", *a);
                        return;
                    }
                }
                break;
            case Stmt::Kind::Global: directive(s, s->as<Global>()->names, true); break;
            case Stmt::Kind::Nonlocal: directive(s, s->as<Nonlocal>()->names, false); break;
            default: visit_children(s);
        }
    }

    void ann_assign(AnnAssign* a) {
        if (auto* n = a->target->as<Name>()) {
            mangle(n->id);
            Symbol* sym = cur_->find(n->id);
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && a->simple) {
                set_error(err_, src_,
                          "annotated name '" + n->id + "' can't be " +
                              ((sym->flags & DEF_GLOBAL) ? "global" : "nonlocal"),
                          *a);
                return;
            }
        }
        if (a->simple) add_def(a->target->as<Name>()->id, DEF_ANNOT, *a->target, false);
        if (a->simple && !a->value) {
            add_def(a->target->as<Name>()->id, DEF_LOCAL, *a->target, false);
        } else {
            visit(a->target);
        }
        visit(a->annotation);
        if (a->value) visit(a->value);
    }

    // global / nonlocal: the names must not have been used, bound or annotated before.
    void directive(Stmt* s, NameList& names, bool global) {
        for (std::string& n : names) {
            mangle(n);
            Symbol* sym = cur_->find(n);
            if (sym && (sym->flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT))) {
                const char* what = global ? "global" : "nonlocal";
                std::string msg;
                if (sym->flags & DEF_PARAM)
                    msg = "name '" + n + "' is parameter and " + what;
                else if (sym->flags & USE)
                    msg = "name '" + n + "' is used prior to " + what + " declaration";
                else if (sym->flags & DEF_ANNOT)
                    msg = "annotated name '" + n + "' can't be " + what;
                else
                    msg = "name '" + n + "' is assigned to before " + what + " declaration";
                set_error(err_, src_, msg, *s);
                return;
            }
            // `nonlocal` at module level is reported by analyze(), at the directive
            add_def(n, global ? DEF_GLOBAL : DEF_NONLOCAL, *s);
            cur_->directives.emplace(n, s);
        }
    }

    // symtable_extend_namedexpr_scope: `:=` in a comprehension binds in the enclosing function
    void named_target(NamedExpr* ne) {
        auto* target = ne->target->as<Name>();
        mangle(target->id);
        if (!cur_->comprehension) {
            visit(ne->target);
            return;
        }
        Symbol* own = cur_->find(target->id);
        if (own && (own->flags & DEF_COMP_ITER)) {
            set_error(err_, src_,
                      "assignment expression cannot rebind comprehension iteration variable '" +
                          target->id + "'",
                      *target);
            return;
        }
        for (ScopeInfo* s = cur_->parent; s; s = s->parent) {
            if (s->comprehension) {
                Symbol* sym = s->find(target->id);
                if (sym && (sym->flags & DEF_COMP_ITER)) {
                    set_error(err_, src_,
                              "assignment expression cannot rebind comprehension iteration "
                              "variable '" +
                                  target->id + "'",
                              *target);
                    return;
                }
                continue;
            }
            if (s->function_like) {
                cur_->get(target->id).flags |= DEF_NONLOCAL;
                // mark it bound in the function (symtable_add_def in that scope)
                s->get(target->id).flags |= DEF_LOCAL;
                for (ScopeInfo* c = cur_; c != s; c = c->parent)
                    if (c != cur_) c->get(target->id).flags |= DEF_NONLOCAL;
                return;
            }
            if (s->pub->type == Scope::Type::Module) {
                cur_->get(target->id).flags |= DEF_GLOBAL;
                s->get(target->id).flags |= DEF_GLOBAL;
                for (ScopeInfo* c = cur_->parent; c != s; c = c->parent)
                    c->get(target->id).flags |= DEF_GLOBAL;
                return;
            }
            set_error(err_, src_,
                      "assignment expression within a comprehension cannot be used in a class "
                      "body",
                      *target);
            return;
        }
    }

    void comprehension(Expr* e, const char* name, const char* kind, Scope** slot,
                       const ComprehensionList& gens, Expr* elt, Expr* value) {
        // the outermost iterable is evaluated in the enclosing scope
        visit(gens[0]->iter);
        ScopeInfo* cs = enter(Scope::Type::Comprehension, name, e->line, slot);
        cs->is_genexp = e->is<GeneratorExp>();
        cs->comp_kind = kind;
        if (gens[0]->is_async) cs->coroutine = true;
        add_def(".0", DEF_PARAM, *e);
        for (size_t i = 0; i < gens.size(); ++i) {
            Comprehension* g = gens[i];
            if (i > 0) {
                visit(g->iter);
                if (g->is_async) cs->coroutine = true;
            }
            comp_target(g->target);
            visit_all(g->ifs);
        }
        if (value) visit(value);
        visit(elt);
        cs->generator = cs->is_genexp;
        bool is_async = cs->coroutine && !cs->is_genexp;
        leave();
        if (is_async) cur_->coroutine = true;
    }
    void comp_target(Expr* t) {
        // iteration variables get DEF_COMP_ITER so `:=` can refuse to rebind them
        if (auto* n = t->as<Name>()) {
            mangle(n->id);
            add_def(n->id, DEF_LOCAL | DEF_COMP_ITER, *n);
            return;
        }
        visit(t);
    }

    // symtable_visit_pattern: capture names bind in the current scope, after the names of
    // their subpatterns (`[x] as y`, `{"k": v, **rest}`: co_varnames order).
    void visit(Pattern* p) {
        if (err_.set) return;
        visit_children(p);
        if (auto* a = p->as<MatchAs>(); a && !a->name.empty()) {
            mangle(a->name);
            add_def(a->name, DEF_LOCAL, *a);
        }
        if (auto* st = p->as<MatchStar>(); st && !st->name.empty()) {
            mangle(st->name);
            add_def(st->name, DEF_LOCAL, *st);
        }
        if (auto* m = p->as<MatchMapping>(); m && !m->rest.empty()) {
            mangle(m->rest);
            add_def(m->rest, DEF_LOCAL, *m);
        }
    }

    // symtable_visit_expr: the expressions that bind, open a scope or mark the scope.
    void visit(Expr* e) {
        if (err_.set) return;
        switch (e->kind) {
            case Expr::Kind::NamedExpr:
                visit(e->as<NamedExpr>()->value);
                named_target(e->as<NamedExpr>());
                break;
            case Expr::Kind::Lambda: {
                auto* l = e->as<Lambda>();
                visit_all(l->args->defaults);
                visit_all(l->args->kw_defaults);
                enter(Scope::Type::Lambda, "<lambda>", l->line, &l->scope);
                params(l->args);
                visit(l->body);
                leave();
                break;
            }
            case Expr::Kind::ListComp: {
                auto* c = e->as<ListComp>();
                comprehension(e, "<listcomp>", "list comprehension", &c->scope, c->generators,
                              c->elt, nullptr);
                break;
            }
            case Expr::Kind::SetComp: {
                auto* c = e->as<SetComp>();
                comprehension(e, "<setcomp>", "set comprehension", &c->scope, c->generators, c->elt,
                              nullptr);
                break;
            }
            case Expr::Kind::DictComp: {
                auto* c = e->as<DictComp>();
                comprehension(e, "<dictcomp>", "dict comprehension", &c->scope, c->generators,
                              c->key, c->value);
                break;
            }
            case Expr::Kind::GeneratorExp: {
                auto* c = e->as<GeneratorExp>();
                comprehension(e, "<genexpr>", "generator expression", &c->scope, c->generators,
                              c->elt, nullptr);
                break;
            }
            case Expr::Kind::Await:
                visit_children(e);
                cur_->coroutine = true;
                break;
            case Expr::Kind::Yield:
            case Expr::Kind::YieldFrom:
                visit_children(e);
                cur_->generator = true;
                if (cur_->comprehension)
                    set_error(err_, src_, std::string("'yield' inside ") + cur_->comp_kind, *e);
                break;
            case Expr::Kind::Attribute:
                mangle(e->as<Attribute>()->attr);
                visit_children(e);
                break;
            case Expr::Kind::Name: {
                auto* n = e->as<Name>();
                mangle(n->id);
                add_def(n->id, n->ctx == ExprContext::Load ? USE : DEF_LOCAL, *n);
                // zero-argument super() needs the __class__ cell (symtable.c)
                if (n->ctx == ExprContext::Load && cur_->function_like && n->id == "super")
                    add_def("__class__", USE, *n);
                break;
            }
            default: visit_children(e);
        }
    }

    Module& module_;
    std::string_view src_;
    Error& err_;
    std::unordered_map<Scope*, ScopeInfo*>& infos_;
    std::vector<std::unique_ptr<ScopeInfo>>& owned_;
    ScopeInfo* cur_ = nullptr;
    ScopeInfo* top_ = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Pass 2: analyze (analyze_block / analyze_name)
//-----------------------------------------------------------------------------

class Analyzer {
public:
    Analyzer(std::string_view src, Error& err) : src_(src), err_(err) {}

    void analyze_block(ScopeInfo* ste, const NameSet* bound, NameSet& free, NameSet& global) {
        if (err_.set) return;
        std::unordered_map<std::string, Res> scopes;
        NameSet local, newglobal, newfree, newbound;
        bool is_class = ste->pub->type == Scope::Type::Class;
        if (is_class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (Symbol& s : ste->symbols) {
            analyze_name(ste, scopes, s.name, s.flags, bound, local, free, global);
            if (err_.set) return;
        }
        if (!is_class) {
            if (ste->function_like) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (ScopeInfo* c : ste->children) {
            NameSet b = newbound, f = newfree, g = newglobal;
            analyze_block(c, &b, f, g);
            if (err_.set) return;
            allfree.insert(f.begin(), f.end());
            if (c->has_free || c->child_free) ste->child_free = true;
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (ste->function_like) {
            // analyze_cells: locals used freely by children become cells
            for (auto& [name, r] : scopes) {
                if (r == Res::Local && newfree.count(name)) {
                    r = Res::Cell;
                    newfree.erase(name);
                }
            }
        } else if (is_class) {
            // drop_class_free
            if (newfree.erase("__class__")) ste->needs_class_closure = true;
        }
        // update_symbols
        for (Symbol& s : ste->symbols) s.res = scopes[s.name];
        for (const std::string& name : newfree) {
            Symbol* v = ste->find(name);
            if (v) {
                if (is_class && (v->flags & (DEF_BOUND | DEF_GLOBAL))) v->flags |= DEF_FREE_CLASS;
                continue;
            }
            if (bound && !bound->count(name)) continue; // a global
            Symbol& ns = ste->get(name);
            ns.res = Res::Free;
        }
        free.insert(newfree.begin(), newfree.end());
    }

private:
    void analyze_name(ScopeInfo* ste, std::unordered_map<std::string, Res>& scopes,
                      const std::string& name, int flags, const NameSet* bound, NameSet& local,
                      NameSet& free, NameSet& global) {
        if (flags & DEF_GLOBAL) {
            if (flags & DEF_NONLOCAL) {
                directive_error(ste, name, "name '" + name + "' is nonlocal and global");
                return;
            }
            scopes[name] = Res::GlobalExplicit;
            global.insert(name);
            return;
        }
        if (flags & DEF_NONLOCAL) {
            if (!bound) {
                directive_error(ste, name, "nonlocal declaration not allowed at module level");
                return;
            }
            if (!bound->count(name)) {
                directive_error(ste, name, "no binding for nonlocal '" + name + "' found");
                return;
            }
            scopes[name] = Res::Free;
            ste->has_free = true;
            free.insert(name);
            return;
        }
        if (flags & DEF_BOUND) {
            scopes[name] = Res::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        if (bound && bound->count(name)) {
            scopes[name] = Res::Free;
            ste->has_free = true;
            free.insert(name);
            return;
        }
        scopes[name] = Res::GlobalImplicit;
    }

    void directive_error(ScopeInfo* ste, const std::string& name, const std::string& msg) {
        auto it = ste->directives.find(name);
        Pos p;
        if (it != ste->directives.end())
            p = *it->second;
        else
            p = Pos{ste->pub->line, 0, ste->pub->line, 0};
        set_error(err_, src_, msg, p);
    }

    std::string_view src_;
    Error& err_;
};

} // namespace

std::optional<SyntaxErrorInfo> analyze_scopes(Module& module, std::string_view source,
                                              std::string* trace) {
    Error err;
    std::unordered_map<Scope*, ScopeInfo*> infos;
    std::vector<std::unique_ptr<ScopeInfo>> owned;
    Collector collector(module, source, err, infos, owned);
    ScopeInfo* top = collector.run();
    if (err.set) return err.info;
    NameSet free, global;
    Analyzer(source, err).analyze_block(top, nullptr, free, global);
    if (err.set) return err.info;
    resolve_module(module, source, err, infos, trace);
    if (err.set) return err.info;
    return std::nullopt;
}

ParseResult parse_and_resolve(std::string_view source, std::string_view filename) {
    ParseResult r = parse_module(source, filename);
    if (!r.ok()) return r;
    if (auto err = analyze_scopes(*r.module, source)) {
        r.module.reset();
        r.error = *err;
    }
    return r;
}

} // namespace loopscope
