// scope.h - symbol tables: which names are local, cell, free or global in each scope.
//
// Mirrors CPython's Python/symtable.c (3.11). analyze_scopes() walks a parsed Module, creates
// one Scope per module / function / lambda / comprehension / class body, attaches it to the
// node (`FunctionDef::scope`, `Lambda::scope`, `ListComp::scope`, ..., `Module::scope`), and
// fills the `Resolution` of every Name node and every other binding site (FunctionDef::name_res,
// ClassDef::name_res, Alias::res, ExceptHandler::name_res), so the compiler just follows them.
// It also reports the errors CPython's symtable and compiler raise after parsing ('return'
// outside function, 'break' outside loop, nonlocal/global misuse, ...).
#pragma once

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/syntax_error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope {

struct Scope {
    enum class Type : uint8_t { Module, Function, Lambda, Comprehension, Class };
    Type type = Type::Module;
    std::string name;     // "f", "C", "<lambda>", "<listcomp>", "<genexpr>", "<module>"...
    std::string qualname; // CPython's __qualname__: "C.method", "f.<locals>.g"
    int line = 0;         // CPython's co_firstlineno (a decorated def: its first decorator)
    Scope* parent = nullptr;
    std::vector<Scope*> children; // in source order

    // Fast locals (Function, Lambda, Comprehension): parameters first, in the order
    // posonlyargs, args, *vararg, kwonlyargs, **kwarg (comprehensions: ".0"), then the other
    // locals in order of first binding. Empty for Module and Class scopes.
    std::vector<std::string> varnames;
    int argcount = 0;        // positional parameters incl. positional-only
    int posonlyargcount = 0; // positional-only parameters
    int kwonlyargcount = 0;  // keyword-only parameters
    bool has_varargs = false;
    bool has_varkeywords = false;

    // Locals captured by inner scopes. A class scope may have the "__class__" cell.
    std::vector<std::string> cellvars;
    // Per cellvar: index in varnames of the parameter whose value initialises the cell, or -1.
    std::vector<int> cell_param;
    // Variables of enclosing functions this scope uses (or passes through to inner scopes).
    std::vector<std::string> freevars;
    // Per freevar: how the PARENT scope accesses that cell when it creates this function
    // (Cell slot or Free slot of the parent), to build the closure tuple.
    std::vector<ast::Resolution> freevar_sources;

    bool is_generator = false;       // contains yield (or is a generator expression)
    bool is_coroutine = false;       // async def (or async comprehension), not a generator
    bool is_async_generator = false; // async def with yield, or async generator expression
    bool needs_class_cell = false;   // class body whose methods use super()/__class__
};

// Fill scopes and resolutions in `module`. `source` is only used for error text. If `trace` is
// given, one line "qualname name ACCESS" is appended per resolved name (for tests).
//
// Notes for the compiler: AnnAssign annotations inside functions are left unresolved (CPython
// never evaluates them); a comprehension's `:=` target resolves to the enclosing function's
// variable (Free here, Cell there) or to a Global at module level, as PEP 572 says.
std::optional<SyntaxErrorInfo> analyze_scopes(ast::Module& module, std::string_view source,
                                              std::string* trace = nullptr);

// parse_module + analyze_scopes: the front end in one call.
ParseResult parse_and_resolve(std::string_view source, std::string_view filename);

} // namespace loopscope
