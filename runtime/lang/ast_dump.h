// ast_dump.h - a compact s-expression rendering of an AST, for tests and debugging.
//
// Each node prints as (ClassName@line:col-end_line:end_col field ...) with CPython's class
// names and _fields order (AsyncFunctionDef, AsyncFor, AsyncWith and TryStar for the flagged
// nodes), lists as [a b], absent children as _, identifiers bare, strings double-quoted.
// tests/unit/lang/gen_ast_dumps.py prints the same format from Python's own `ast` module, so
// the two can be compared directly.
#pragma once

#include "lang/ast.h"

#include <string>

namespace loopscope::ast {

std::string dump(const Module& module, bool positions = true);
std::string dump(const Expr* e, bool positions = true);
std::string dump(const Stmt* s, bool positions = true);
std::string dump(const Pattern* p, bool positions = true);

} // namespace loopscope::ast
