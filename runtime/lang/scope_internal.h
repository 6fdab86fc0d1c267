// scope_internal.h - the symbol table shared by scope.cpp (collect, analyze) and
// scope_resolve.cpp (resolve). Mirrors CPython 3.11's symtable.h. Not part of the public API.
#pragma once

#include "lang/ast_visit.h"
#include "lang/lexer.h"
#include "lang/scope.h"

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopscope::scope_detail {

using namespace ast;

// symbol flags, as symtable.h
enum : int {
    DEF_GLOBAL = 1,
    DEF_LOCAL = 2,
    DEF_PARAM = 4,
    DEF_NONLOCAL = 8,
    USE = 16,
    DEF_FREE_CLASS = 32,
    DEF_IMPORT = 64,
    DEF_COMP_ITER = 128,
    DEF_ANNOT = 256,
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};
// resolved scopes, as symtable.h
enum class Res : uint8_t { None, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Symbol {
    std::string name;
    int flags = 0;
    Res res = Res::None;
    bool referenced = false; // used other than by a bare `x: T` (which makes no slot in CPython)
};

struct ScopeInfo {
    Scope* pub = nullptr;
    ScopeInfo* parent = nullptr;
    std::vector<ScopeInfo*> children;
    std::vector<Symbol> symbols; // in order of first appearance
    std::unordered_map<std::string, size_t> index;
    // Global/Nonlocal statements by name, for error locations (error_at_directive)
    std::unordered_map<std::string, const Stmt*> directives;
    bool function_like = false; // Function, Lambda, Comprehension (CPython's FunctionBlock)
    bool is_async_def = false;
    bool is_genexp = false;
    bool comprehension = false;
    bool generator = false;  // ste_generator
    bool coroutine = false;  // ste_coroutine
    bool child_free = false; // ste_child_free
    bool has_free = false;   // ste_free
    bool needs_class_closure = false;
    const char* comp_kind = nullptr; // "list comprehension", ... for yield errors
    std::string bound; // a def or class: the (mangled) name it binds in the parent scope
    // Slots of pub->varnames / cellvars / freevars by name (filled by publish(); hashed so a
    // function with 70,000 locals compiles in linear time).
    std::unordered_map<std::string, int> fast_slot, cell_slot, free_slot;

    Symbol* find(const std::string& n) {
        auto it = index.find(n);
        return it == index.end() ? nullptr : &symbols[it->second];
    }
    Symbol& get(const std::string& n) {
        auto it = index.find(n);
        if (it != index.end()) return symbols[it->second];
        index.emplace(n, symbols.size());
        symbols.push_back(Symbol{n, 0, Res::None, false});
        return symbols.back();
    }
};

struct Error {
    bool set = false;
    SyntaxErrorInfo info;
};

inline void set_error(Error& err, std::string_view source, const std::string& msg, const Pos& p) {
    if (err.set) return;
    err.set = true;
    SyntaxErrorInfo& e = err.info;
    e.type = "SyntaxError";
    e.msg = msg;
    e.line = p.line;
    e.end_line = p.end_line;
    e.text = source_line(source, p.line, true);
    // CPython's symtable and compiler report AST (byte) offsets
    e.col = p.col + 1;
    e.end_col = p.end_col + 1;
}

using NameSet = std::set<std::string>;

// Each parameter in co_varnames order: positional-only, positional, keyword-only, *args,
// **kwargs (symtable_visit_params; compiler_enter_scope).
template <class F>
void for_each_param(Arguments& a, F&& f) {
    for (Arg* x : a.posonlyargs) f(x);
    for (Arg* x : a.args) f(x);
    for (Arg* x : a.kwonlyargs) f(x);
    if (a.vararg) f(a.vararg);
    if (a.kwarg) f(a.kwarg);
}

// Each parameter annotation, in source order (symtable_visit_argannotations).
template <class F>
void for_each_annotation(Arguments& a, F&& f) {
    auto annotation = [&](Arg* x) {
        if (x && x->annotation) f(x->annotation);
    };
    for (Arg* x : a.posonlyargs) annotation(x);
    for (Arg* x : a.args) annotation(x);
    annotation(a.vararg);
    for (Arg* x : a.kwonlyargs) annotation(x);
    annotation(a.kwarg);
}

// Pass 3 (scope_resolve.cpp): fill Scope fields and every Resolution; compiler-time checks.
void resolve_module(Module& module, std::string_view source, Error& err,
                    std::unordered_map<Scope*, ScopeInfo*>& infos, std::string* trace);

} // namespace loopscope::scope_detail
