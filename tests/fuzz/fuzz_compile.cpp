// fuzz_compile.cpp - libFuzzer target for the compile path: the lexer, the parser, the scope
// resolver and the bytecode compiler (and the disassembler over what it made), without running
// anything. A SyntaxError is an ordinary outcome (its message is formatted as the CLI would).
#include "lang/compiler.h"
#include "lang/interp.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace loopscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 65536) return -1;
    std::string source(reinterpret_cast<const char*>(data), size);
    ParseResult parsed = parse_and_resolve(source, "fuzz.py");
    if (!parsed.ok()) {
        (void)format_syntax_error(parsed.error, "fuzz.py");
        return 0;
    }
    Interp I;
    CompileResult compiled = compile_module(I, *parsed.module, source);
    if (!compiled.code) {
        (void)format_syntax_error(*compiled.error, "fuzz.py");
        return 0;
    }
    (void)disassemble(compiled.code);
    return 0;
}
