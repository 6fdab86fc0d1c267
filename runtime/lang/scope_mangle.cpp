// scope_mangle.cpp - the private-name pass run before the symbol tables (lang/mangle.h).
//
// CPython mangles while building its symbol table and again while emitting each name
// (symtable.c and compiler.c both call _Py_Mangle with the innermost class's name); rewriting
// the tree once gives both passes here the mangled names.
#include "lang/mangle.h"

#include "lang/ast_visit.h"

namespace loopscope {

std::string mangle_private_name(std::string_view class_name, std::string_view name) {
    if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
        return std::string(name);
    if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
    size_t skip = class_name.find_first_not_of('_');
    if (skip == std::string_view::npos) return std::string(name);
    std::string out = "_";
    out.append(class_name.substr(skip));
    out.append(name);
    return out;
}

namespace {

using namespace ast;

class Mangler {
public:
    void run(Module& m) {
        for (Stmt* s : m.body) visit(s);
    }

private:
    std::string private_; // the innermost enclosing class's name, "" outside classes

    void name(std::string& id) const {
        if (!private_.empty() && id.size() > 2 && id[0] == '_' && id[1] == '_')
            id = mangle_private_name(private_, id);
    }
    void params(Arguments* a) const {
        for (Arg* x : a->posonlyargs) name(x->name);
        for (Arg* x : a->args) name(x->name);
        for (Arg* x : a->kwonlyargs) name(x->name);
        if (a->vararg) name(a->vararg->name);
        if (a->kwarg) name(a->kwarg->name);
    }
    template <class Node>
    void children(Node* n) {
        for_each_child(n, [&](auto* child) { visit(child); });
    }

    void visit(Expr* e) {
        if (auto* n = e->as<Name>()) {
            name(n->id);
            return;
        }
        if (auto* a = e->as<Attribute>()) name(a->attr);
        if (auto* l = e->as<Lambda>()) params(l->args);
        children(e);
    }

    void visit(Pattern* p) {
        if (auto* a = p->as<MatchAs>()) name(a->name);
        if (auto* s = p->as<MatchStar>()) name(s->name);
        if (auto* m = p->as<MatchMapping>()) name(m->rest);
        children(p);
    }

    void visit(Stmt* s) {
        switch (s->kind) {
            case Stmt::Kind::FunctionDef: {
                auto* f = s->as<FunctionDef>();
                f->bound = f->name;
                name(f->bound);
                params(f->args); // the body inherits the class's name
                break;
            }
            case Stmt::Kind::ClassDef: {
                auto* c = s->as<ClassDef>();
                c->bound = c->name;
                name(c->bound);
                for (Expr* d : c->decorator_list) visit(d);
                for (Expr* b : c->bases) visit(b);
                for (Keyword* k : c->keywords) visit(k->value);
                std::string outer = std::move(private_);
                private_ = c->name;
                for (Stmt* b : c->body) visit(b);
                private_ = std::move(outer);
                return;
            }
            case Stmt::Kind::Import:
                for (Alias* a : s->as<Import>()->names) {
                    name(a->name); // (a dotted name is left alone)
                    name(a->asname);
                }
                break;
            case Stmt::Kind::ImportFrom: {
                auto* i = s->as<ImportFrom>();
                name(i->module);
                for (Alias* a : i->names) {
                    name(a->name);
                    name(a->asname);
                }
                break;
            }
            case Stmt::Kind::Global:
                for (std::string& n : s->as<Global>()->names) name(n);
                break;
            case Stmt::Kind::Nonlocal:
                for (std::string& n : s->as<Nonlocal>()->names) name(n);
                break;
            case Stmt::Kind::Try:
                for (ExceptHandler* h : s->as<Try>()->handlers) name(h->name);
                break;
            default: break;
        }
        children(s);
    }
};

} // namespace

void mangle_private_names(ast::Module& module) {
    Mangler().run(module);
}

} // namespace loopscope
