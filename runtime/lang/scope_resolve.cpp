// scope_resolve.cpp - pass 3 of the scope analysis: fills the public Scope fields (as
// CPython's compiler_enter_scope builds co_varnames/co_cellvars/co_freevars), the Resolution
// of every name (as compiler_nameop picks an opcode family), and reports the errors CPython's
// compiler raises while walking the tree ('return' outside function, ...).
#include "lang/scope_internal.h"

#include <algorithm>

namespace loopscope::scope_detail {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Pass 3: resolve names, fill Scope, compiler checks
//-----------------------------------------------------------------------------

// Public Scope fields from the analyzed symbols (as compiler_enter_scope builds co_* lists).
void publish(ScopeInfo* s, Arguments* args) {
    Scope* p = s->pub;
    bool fn = s->function_like;
    if (fn) {
        if (args) {
            for_each_param(*args, [&](Arg* a) { p->varnames.push_back(a->name); });
            p->posonlyargcount = static_cast<int>(args->posonlyargs.size());
            p->argcount = p->posonlyargcount + static_cast<int>(args->args.size());
            p->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
            p->has_varargs = args->vararg != nullptr;
            p->has_varkeywords = args->kwarg != nullptr;
        } else if (s->comprehension) {
            p->varnames.push_back(".0");
            p->argcount = 1;
        }
        for (Symbol& sym : s->symbols)
            if (sym.res == Res::Local && !(sym.flags & DEF_PARAM) && sym.referenced)
                p->varnames.push_back(sym.name);
    }
    std::vector<std::string> cells, frees;
    for (Symbol& sym : s->symbols) {
        if (sym.res == Res::Cell) cells.push_back(sym.name);
        if (sym.res == Res::Free || (sym.flags & DEF_FREE_CLASS)) frees.push_back(sym.name);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    if (s->needs_class_closure) {
        cells.insert(cells.begin(), "__class__");
        p->needs_class_cell = true;
    }
    for (size_t i = 0; i < p->varnames.size(); ++i)
        s->fast_slot.emplace(p->varnames[i], static_cast<int>(i));
    p->cellvars = cells;
    for (size_t i = 0; i < cells.size(); ++i) {
        const std::string& c = cells[i];
        s->cell_slot.emplace(c, static_cast<int>(i));
        int param = -1;
        Symbol* sym = s->find(c);
        auto slot = s->fast_slot.find(c);
        if (slot != s->fast_slot.end() && sym && (sym->flags & DEF_PARAM)) param = slot->second;
        p->cell_param.push_back(param);
    }
    p->freevars = frees;
    for (size_t i = 0; i < frees.size(); ++i) s->free_slot.emplace(frees[i], static_cast<int>(i));
    if (p->type == Scope::Type::Function) {
        bool gen = s->generator;
        p->is_async_generator = s->is_async_def && gen;
        p->is_coroutine = s->is_async_def && !gen;
        p->is_generator = !s->is_async_def && gen;
    } else if (p->type == Scope::Type::Lambda) {
        p->is_generator = s->generator;
    } else if (p->type == Scope::Type::Comprehension) {
        if (s->is_genexp) {
            p->is_async_generator = s->coroutine;
            p->is_generator = !s->coroutine;
        } else {
            p->is_coroutine = s->coroutine;
        }
    }
    // __qualname__ (compiler_set_qualname)
    Scope* par = p->parent;
    bool force_global = false;
    if (par && (p->type == Scope::Type::Function || p->type == Scope::Type::Class)) {
        Symbol* own = s->parent->find(s->bound);
        force_global = own && own->res == Res::GlobalExplicit;
    }
    if (!par || par->type == Scope::Type::Module || force_global) {
        p->qualname = p->name;
    } else {
        bool locals = par->type == Scope::Type::Function || par->type == Scope::Type::Lambda;
        p->qualname = par->qualname + (locals ? ".<locals>." : ".") + p->name;
    }
}

int slot_of(const std::unordered_map<std::string, int>& slots, const std::string& n) {
    auto it = slots.find(n);
    return it == slots.end() ? -1 : it->second;
}

// How code in scope `s` reaches `name` (compiler_nameop's choice of opcode family).
Resolution resolve(ScopeInfo* s, const std::string& name, ExprContext ctx) {
    Scope* p = s->pub;
    Symbol* sym = s->find(name);
    Res r = sym ? sym->res : Res::GlobalImplicit;
    bool is_class = p->type == Scope::Type::Class;
    if (is_class && name == "__class__" && p->needs_class_cell && r != Res::Local)
        return {NameAccess::Cell, 0};
    switch (r) {
        case Res::Free: {
            int i = slot_of(s->free_slot, name);
            if (is_class && ctx == ExprContext::Load) return {NameAccess::ClassDeref, i};
            return {NameAccess::Free, i};
        }
        case Res::Cell: return {NameAccess::Cell, slot_of(s->cell_slot, name)};
        case Res::Local:
            if (s->function_like) return {NameAccess::Fast, slot_of(s->fast_slot, name)};
            return {NameAccess::Name, -1};
        case Res::GlobalImplicit:
            if (s->function_like) return {NameAccess::Global, -1};
            return {NameAccess::Name, -1};
        case Res::GlobalExplicit: return {NameAccess::Global, -1};
        case Res::None: break;
    }
    return {NameAccess::Name, -1};
}

class Resolver {
public:
    Resolver(std::string_view src, Error& err, std::unordered_map<Scope*, ScopeInfo*>& infos)
        : src_(src), err_(err), infos_(infos) {}

    void run(Module& m) {
        cur_ = infos_[m.scope];
        publish(cur_, nullptr);
        visit_all(m.body);
    }

private:
    void error(const std::string& msg, const Pos& p) { set_error(err_, src_, msg, p); }
    bool async_ok() const { return cur_->pub->type == Scope::Type::Function && cur_->is_async_def; }

    template <class Node>
    void visit_children(Node* n) {
        for_each_child(n, [&](auto* child) { visit(child); });
    }
    void visit_all(const ExprList& l) {
        for (Expr* e : l)
            if (e) visit(e);
    }
    void visit_all(const StmtList& l) {
        for (Stmt* s : l) visit(s);
    }

    // Runs `body` inside the scope of a function, lambda, class body or comprehension, after
    // filling its public fields (compiler_enter_scope) and where its closure cells come from
    // in the enclosing scope (compiler_make_closure).
    template <class Body>
    void in_scope(Scope* scope, Arguments* args, Body&& body) {
        ScopeInfo* saved = cur_;
        int saved_loops = loops_;
        cur_ = infos_[scope];
        loops_ = 0;
        publish(cur_, args);
        ScopeInfo* parent = infos_[scope->parent];
        for (const std::string& f : scope->freevars) {
            Symbol* ps = parent->find(f);
            int cell = slot_of(parent->cell_slot, f);
            if (cell >= 0 && (!ps || ps->res == Res::Cell || f == "__class__"))
                scope->freevar_sources.push_back({NameAccess::Cell, cell});
            else
                scope->freevar_sources.push_back({NameAccess::Free, slot_of(parent->free_slot, f)});
        }
        body();
        cur_ = saved;
        loops_ = saved_loops;
    }
    void loop_body(const StmtList& body) {
        loops_++;
        visit_all(body);
        loops_--;
    }

    // compiler_visit_stmt: the statements that bind, are checked, or evaluate their parts in
    // an order other than their fields'; for_each_child walks the others.
    void visit(Stmt* s) {
        if (err_.set) return;
        switch (s->kind) {
            case Stmt::Kind::FunctionDef: {
                auto* f = s->as<FunctionDef>();
                visit_all(f->decorator_list);
                visit_all(f->args->defaults);
                visit_all(f->args->kw_defaults);
                for_each_annotation(*f->args, [&](Expr* e) { visit(e); });
                if (f->returns) visit(f->returns);
                in_scope(f->scope, f->args, [&] { visit_all(f->body); });
                f->name_res = bind(f->bound);
                break;
            }
            case Stmt::Kind::ClassDef: {
                auto* c = s->as<ClassDef>();
                visit_all(c->decorator_list);
                visit_all(c->bases);
                for (Keyword* k : c->keywords) visit(k->value);
                in_scope(c->scope, nullptr, [&] { visit_all(c->body); });
                c->name_res = bind(c->bound);
                break;
            }
            case Stmt::Kind::Return:
                if (cur_->pub->type != Scope::Type::Function) {
                    error("'return' outside function", *s);
                    return;
                }
                if (s->as<Return>()->value && cur_->is_async_def && cur_->generator) {
                    error("'return' with value in async generator", *s);
                    return;
                }
                visit_children(s);
                break;
            case Stmt::Kind::Assign: {
                auto* a = s->as<Assign>();
                visit(a->value);
                for (Expr* t : a->targets) target(t);
                break;
            }
            case Stmt::Kind::AnnAssign: {
                auto* a = s->as<AnnAssign>();
                if (a->value) visit(a->value);
                // as compiler_annassign: annotations are only evaluated in a module or class
                if (!cur_->function_like) visit(a->annotation);
                if (a->value || !a->simple || !cur_->function_like) visit(a->target);
                break;
            }
            case Stmt::Kind::For: {
                auto* f = s->as<For>();
                if (f->is_async && !async_ok()) {
                    error("'async for' outside async function", *s);
                    return;
                }
                visit(f->iter);
                target(f->target);
                loop_body(f->body);
                visit_all(f->orelse);
                break;
            }
            case Stmt::Kind::While: {
                auto* w = s->as<While>();
                visit(w->test);
                loop_body(w->body);
                visit_all(w->orelse);
                break;
            }
            case Stmt::Kind::With: {
                auto* w = s->as<With>();
                if (w->is_async && !async_ok()) {
                    error("'async with' outside async function", *s);
                    return;
                }
                for (WithItem* item : w->items) {
                    visit(item->context_expr);
                    if (item->optional_vars) target(item->optional_vars);
                }
                visit_all(w->body);
                break;
            }
            case Stmt::Kind::Try: {
                auto* t = s->as<Try>();
                visit_all(t->body);
                for (size_t i = 0; i < t->handlers.size(); ++i) {
                    ExceptHandler* h = t->handlers[i];
                    if (!h->type && i + 1 < t->handlers.size()) {
                        error("default 'except:' must be last", *h);
                        return;
                    }
                    if (h->type) visit(h->type);
                    if (!h->name.empty()) h->name_res = bind(h->name);
                    visit_all(h->body);
                }
                visit_all(t->orelse);
                visit_all(t->finalbody);
                break;
            }
            case Stmt::Kind::Import:
                for (Alias* a : s->as<Import>()->names) a->res = bind(bound_name(*a));
                break;
            case Stmt::Kind::ImportFrom:
                for (Alias* a : s->as<ImportFrom>()->names)
                    if (a->name != "*") a->res = bind(bound_name(*a));
                break;
            case Stmt::Kind::Break:
                if (loops_ == 0) error("'break' outside loop", *s);
                break;
            case Stmt::Kind::Continue:
                if (loops_ == 0) error("'continue' not properly in loop", *s);
                break;
            default: visit_children(s);
        }
    }

    // assignment targets: starred checks as compiler_visit_expr / assignment_helper
    void target(Expr* t) {
        if (auto* st = t->as<Starred>()) {
            error("starred assignment target must be in a list or tuple", *st);
            return;
        }
        unpack_target(t);
    }
    void unpack_target(Expr* t) {
        const ExprList* elts = nullptr;
        if (auto* l = t->as<List>()) elts = &l->elts;
        if (auto* tp = t->as<Tuple>()) elts = &tp->elts;
        if (elts) {
            bool seen_star = false;
            for (Expr* e : *elts) {
                if (auto* st = e->as<Starred>()) {
                    if (seen_star) {
                        error("multiple starred expressions in assignment", *t);
                        return;
                    }
                    seen_star = true;
                    unpack_target(st->value);
                    st->ctx = t->is<List>() ? t->as<List>()->ctx : t->as<Tuple>()->ctx;
                } else {
                    unpack_target(e);
                }
                if (err_.set) return;
            }
            return;
        }
        visit(t);
    }

    void comprehension(Expr* e, Scope* scope, const ComprehensionList& gens, Expr* elt,
                       Expr* value) {
        visit(gens[0]->iter);
        if (infos_[scope]->coroutine && !e->is<GeneratorExp>()) {
            bool enclosing_ok = (cur_->pub->type == Scope::Type::Function && cur_->is_async_def) ||
                                cur_->comprehension;
            if (!enclosing_ok) {
                error("asynchronous comprehension outside of an asynchronous function", *e);
                return;
            }
        }
        in_scope(scope, nullptr, [&] {
            for (size_t i = 0; i < gens.size(); ++i) {
                if (i > 0) visit(gens[i]->iter);
                target(gens[i]->target);
                visit_all(gens[i]->ifs);
            }
            if (value) visit(value);
            visit(elt);
        });
    }

    // compiler_visit_expr: the expressions that are resolved, checked, open a scope, or
    // evaluate their parts in an order other than their fields'; for_each_child walks the
    // others.
    // Capture names of a pattern are stores.
    void visit(Pattern* p) {
        if (auto* a = p->as<MatchAs>(); a && !a->name.empty()) {
            a->res = resolve(cur_, a->name, ExprContext::Store);
            record(a->name, a->res);
        }
        if (auto* st = p->as<MatchStar>(); st && !st->name.empty()) {
            st->res = resolve(cur_, st->name, ExprContext::Store);
            record(st->name, st->res);
        }
        if (auto* m = p->as<MatchMapping>(); m && !m->rest.empty()) {
            m->rest_res = resolve(cur_, m->rest, ExprContext::Store);
            record(m->rest, m->rest_res);
        }
        visit_children(p);
    }

    void visit(Expr* e) {
        if (err_.set) return;
        switch (e->kind) {
            case Expr::Kind::Lambda: {
                auto* l = e->as<Lambda>();
                visit_all(l->args->defaults);
                visit_all(l->args->kw_defaults);
                in_scope(l->scope, l->args, [&] { visit(l->body); });
                break;
            }
            case Expr::Kind::Dict: {
                // compiler_dict evaluates key, value, key, value...
                auto* d = e->as<Dict>();
                for (size_t i = 0; i < d->keys.size(); ++i) {
                    if (d->keys[i]) visit(d->keys[i]);
                    visit(d->values[i]);
                }
                break;
            }
            case Expr::Kind::Set: elements(e->as<Set>()->elts); break;
            case Expr::Kind::List: elements(e->as<List>()->elts); break;
            case Expr::Kind::Tuple: elements(e->as<Tuple>()->elts); break;
            case Expr::Kind::ListComp: {
                auto* c = e->as<ListComp>();
                comprehension(e, c->scope, c->generators, c->elt, nullptr);
                break;
            }
            case Expr::Kind::SetComp: {
                auto* c = e->as<SetComp>();
                comprehension(e, c->scope, c->generators, c->elt, nullptr);
                break;
            }
            case Expr::Kind::DictComp: {
                auto* c = e->as<DictComp>();
                comprehension(e, c->scope, c->generators, c->key, c->value);
                break;
            }
            case Expr::Kind::GeneratorExp: {
                auto* c = e->as<GeneratorExp>();
                comprehension(e, c->scope, c->generators, c->elt, nullptr);
                break;
            }
            case Expr::Kind::Await:
                if (!cur_->function_like) {
                    error("'await' outside function", *e);
                    return;
                }
                if (!async_ok() && !cur_->comprehension) {
                    error("'await' outside async function", *e);
                    return;
                }
                visit_children(e);
                break;
            case Expr::Kind::Yield:
            case Expr::Kind::YieldFrom:
                if (!cur_->function_like) {
                    error("'yield' outside function", *e);
                    return;
                }
                if (e->is<YieldFrom>() && cur_->is_async_def) {
                    error("'yield from' inside async function", *e);
                    return;
                }
                visit_children(e);
                break;
            case Expr::Kind::Call: {
                auto* c = e->as<Call>();
                for (size_t i = 0; i < c->keywords.size(); ++i) {
                    Keyword* k = c->keywords[i];
                    for (size_t j = 0; j < i && !k->arg.empty(); ++j) {
                        if (c->keywords[j]->arg == k->arg) {
                            error("keyword argument repeated: " + k->arg, *k);
                            return;
                        }
                    }
                }
                visit(c->func);
                elements(c->args);
                for (Keyword* k : c->keywords) visit(k->value);
                break;
            }
            case Expr::Kind::Starred:
                if (e->as<Starred>()->ctx == ExprContext::Store) {
                    error("starred assignment target must be in a list or tuple", *e);
                    return;
                }
                error("can't use starred expression here", *e);
                return;
            case Expr::Kind::Name: {
                auto* n = e->as<Name>();
                n->res = resolve(cur_, n->id, n->ctx);
                record(n->id, n->res);
                break;
            }
            default: visit_children(e);
        }
    }

    // Items of a display or call: `*x` is allowed here and nowhere else (in a Load).
    void elements(const ExprList& l) {
        for (Expr* x : l) {
            if (auto* st = x->as<Starred>(); st && st->ctx == ExprContext::Load)
                visit(st->value);
            else
                visit(x);
        }
    }

    void record(const std::string& name, const Resolution& r) {
        if (!trace_) return;
        static const char* const names[] = {"UNRESOLVED", "FAST", "CELL",      "FREE",
                                            "GLOBAL",     "NAME", "CLASSDEREF"};
        *trace_ +=
            cur_->pub->qualname + " " + name + " " + names[static_cast<int>(r.access)] + "\n";
    }
    Resolution bind(const std::string& name) {
        Resolution r = resolve(cur_, name, ExprContext::Store);
        record(name, r);
        return r;
    }

public:
    std::string* trace_ = nullptr; // optional: "qualname name ACCESS" per resolution

private:
    std::string_view src_;
    Error& err_;
    std::unordered_map<Scope*, ScopeInfo*>& infos_;
    ScopeInfo* cur_ = nullptr;
    int loops_ = 0;
};

} // namespace

void resolve_module(Module& module, std::string_view source, Error& err,
                    std::unordered_map<Scope*, ScopeInfo*>& infos, std::string* trace) {
    Resolver resolver(source, err, infos);
    resolver.trace_ = trace;
    resolver.run(module);
}

} // namespace loopscope::scope_detail
