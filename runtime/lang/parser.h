// parser.h - Python source text to an ast::Module (recursive descent, precedence climbing).
//
// Usage:
//   ParseResult r = parse_module(source, "main.py");
//   if (!r.ok()) fputs(format_syntax_error(r.error, "main.py").c_str(), stderr);
//   else use(*r.module);
// parse_module only parses; run analyze_scopes (lang/scope.h) before compiling, or call
// parse_and_resolve which does both.
#pragma once

#include "lang/ast.h"
#include "lang/syntax_error.h"

#include <memory>
#include <string_view>

namespace loopscope {

struct ParseResult {
    std::unique_ptr<ast::Module> module; // set on success
    SyntaxErrorInfo error;               // set on failure
    bool ok() const { return module != nullptr; }
};

// Parse a whole file (CPython's "exec" mode). Never crashes or hangs on any input; nesting
// deeper than CPython's limits is reported as a SyntaxError.
ParseResult parse_module(std::string_view source, std::string_view filename);

} // namespace loopscope
