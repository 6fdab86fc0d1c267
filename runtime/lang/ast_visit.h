// ast_visit.h - walking the syntax tree; every function here is generated from ast_nodes.def.
//
//   visit_node(e, f)        calls f(node) with the concrete struct of an Expr* / Stmt*
//                           (f(BinOp&), f(If&), ...): a switch over the kinds written once.
//   for_each_field(n, f)    calls f(field) for each of CPython's fields of a node or helper,
//                           in `_fields` order (ast_dump prints them so).
//   for_each_child(n, f)    calls f(child) for each child Expr*, Stmt* and Pattern* of a node,
//                           in field order, looking through helper nodes (a Call's keywords
//                           give their values, a Try's handlers their type and body).
//
// A pass over the tree (the scope collector, the resolver) handles the kinds it gives meaning
// to and lets for_each_child walk the others:
//
//     void visit(Expr* e) {
//         switch (e->kind) {
//             case Expr::Kind::Name: ...; break;
//             default: for_each_child(e, [&](auto* child) { visit(child); });
//         }
//     }
//
// so a new node kind is walked by every pass without a line of theirs changing.
#pragma once

#include "lang/ast.h"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace loopscope::ast {

//-----------------------------------------------------------------------------
// [SECTION] visit_node: kind -> concrete struct
//-----------------------------------------------------------------------------

template <class F>
void visit_node(Expr* e, F&& f) {
    switch (e->kind) {
#define AST_EXPR(Name)                                                                             \
    case Expr::Kind::Name:                                                                         \
        f(*static_cast<Name*>(e));                                                                 \
        return;
#include "lang/ast_nodes.def"
    }
}

template <class F>
void visit_node(Stmt* s, F&& f) {
    switch (s->kind) {
#define AST_STMT(Name)                                                                             \
    case Stmt::Kind::Name:                                                                         \
        f(*static_cast<Name*>(s));                                                                 \
        return;
#include "lang/ast_nodes.def"
    }
}

template <class F>
void visit_node(Pattern* p, F&& f) {
    switch (p->kind) {
#define AST_PATTERN(Name)                                                                          \
    case Pattern::Kind::Name:                                                                      \
        f(*static_cast<Name*>(p));                                                                 \
        return;
#include "lang/ast_nodes.def"
    }
}

template <class Family, class F>
void visit_node(const Family* n, F&& f) {
    visit_node(const_cast<Family*>(n), [&](auto& node) { f(std::as_const(node)); });
}

// How many kinds each family has (for tests).
inline constexpr int kExprKinds = 0
#define AST_EXPR(Name) +1
#include "lang/ast_nodes.def"
    ;
inline constexpr int kStmtKinds = 0
#define AST_STMT(Name) +1
#include "lang/ast_nodes.def"
    ;
inline constexpr int kPatternKinds = 0
#define AST_PATTERN(Name) +1
#include "lang/ast_nodes.def"
    ;

//-----------------------------------------------------------------------------
// [SECTION] for_each_field: a node's fields in CPython's order
//-----------------------------------------------------------------------------

// One overload per node and helper: `f(n.left); f(n.op); f(n.right);` for BinOp.
#define AST_NODE(Family, Name)                                                                     \
    template <class F>                                                                             \
    void for_each_field([[maybe_unused]] Name& n, [[maybe_unused]] F&& f) {
#define AST_HELPER(Name, asdl)                                                                     \
    template <class F>                                                                             \
    void for_each_field([[maybe_unused]] Name& n, [[maybe_unused]] F&& f) {
#define AST_FIELD(Type, name, ...) f(n.name);
#define AST_END }
#include "lang/ast_nodes.def"

// The same on a const node: f sees const fields.
template <class N, class F>
void for_each_field(const N& n, F&& f) {
    for_each_field(const_cast<N&>(n), [&](auto& field) { f(std::as_const(field)); });
}

//-----------------------------------------------------------------------------
// [SECTION] for_each_child: the child expressions and statements of a node
//-----------------------------------------------------------------------------

// Field types that hold no node: identifiers, operators, contexts, numbers, flags.
template <class T>
concept PlainValue =
    std::is_enum_v<T> || std::is_arithmetic_v<T> || std::is_same_v<T, std::string> ||
    std::is_same_v<T, CmpOperatorList> || std::is_same_v<T, NameList>;

// Called with each field of a node: hands child nodes to `f` and opens helper nodes. A field
// type not handled here does not compile (rather than being skipped).
template <class F>
struct ChildWalker {
    F& f;

    void operator()(Expr* e) const {
        if (e) f(e);
    }
    void operator()(const ExprList& l) const {
        for (Expr* e : l)
            if (e) f(e);
    }
    void operator()(const StmtList& l) const {
        for (Stmt* s : l) f(s);
    }
    void operator()(Pattern* p) const {
        if (p) f(p);
    }
    void operator()(const PatternList& l) const {
        for (Pattern* p : l) f(p);
    }
#define AST_HELPER(Name, asdl)                                                                     \
    void operator()(Name* h) const {                                                               \
        if (h) for_each_field(*h, *this);                                                          \
    }                                                                                              \
    void operator()(const std::vector<Name*>& l) const {                                           \
        for (auto* h : l) (*this)(h);                                                              \
    }
#include "lang/ast_nodes.def"
    template <PlainValue T>
    void operator()(const T&) const {}
};

template <class F>
void for_each_child(Expr* e, F&& f) {
    visit_node(e, [&](auto& node) { for_each_field(node, ChildWalker<F>{f}); });
}

template <class F>
void for_each_child(Stmt* s, F&& f) {
    visit_node(s, [&](auto& node) { for_each_field(node, ChildWalker<F>{f}); });
}

template <class F>
void for_each_child(Pattern* p, F&& f) {
    visit_node(p, [&](auto& node) { for_each_field(node, ChildWalker<F>{f}); });
}

} // namespace loopscope::ast
