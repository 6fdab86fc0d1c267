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
#include <string>
#include <string_view>
#include <vector>

namespace loopscope {

struct Interp;

// A SyntaxWarning the compiler issued (compiler_warnings.cpp): shown before the program runs.
struct CompileWarning {
    int line;
    std::string message;
};

struct CompileResult {
    CodeObj* code = nullptr;              // the module's code on success
    std::optional<SyntaxErrorInfo> error; // set on failure
    std::vector<CompileWarning> warnings; // in the order CPython's compiler issues them
};

// "<file>:LINE: SyntaxWarning: message" and the source line, stripped (warnings.formatwarning)
std::string format_compile_warning(const CompileWarning& w, std::string_view filename,
                                   std::string_view source);

CompileResult compile_module(Interp& I, ast::Module& module, std::string_view source);

// Human-readable listing of a code object and the code objects in its constants.
std::string disassemble(const CodeObj* code);

} // namespace loopscope
