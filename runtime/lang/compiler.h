// compiler.h - a resolved AST (parser + scope pass) to code objects.
//
//   ParseResult r = parse_and_resolve(source, "main.py");
//   CompileResult c = compile_module(I, *r.module, source);
//   if (c.code) run it; else report c.error (a SyntaxError as a value).
#pragma once

#include "lang/ast.h"
#include "lang/object.h"
#include "lang/syntax_error.h"

#include <optional>
#include <string_view>

namespace loopscope {

struct Interp;

struct CompileResult {
    CodeObj* code = nullptr;              // the module's code on success
    std::optional<SyntaxErrorInfo> error; // set on failure
};

CompileResult compile_module(Interp& I, ast::Module& module, std::string_view source);

// Human-readable listing of a code object and the code objects in its constants.
std::string disassemble(const CodeObj* code);

} // namespace loopscope
