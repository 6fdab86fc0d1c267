// compiled_python.h - the runtime's own Python compiled ahead, at build time.
//
// Parsing and compiling asyncio's Python at every start is most of `import asyncio` (natively
// ~30 M instructions; in wasm the front end also runs cold, in V8's baseline code, and sends
// the lexer and parser to V8's optimizing compiler). The command-line tool is linked with the
// code objects of the embedded modules written as bytes (tools/pycache writes them with
// write_code at build time, cmake/LoopscopeCli.cmake), and installs them with
// set_compiled_python: run_python_source then reads a module's code instead of compiling its
// text, when the text is the one it was compiled from (its hash). The page does not carry them
// (its first load is size-bound): it compiles the texts as before.
#pragma once

#include "stdlib/python_source.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace loopscope {

// One module's code compiled ahead.
struct CompiledPython {
    const char* module;        // as PythonSource::module
    uint64_t text_hash;        // python_text_hash of the text it was compiled from
    const unsigned char* code; // write_code's bytes
    size_t size;
};

// FNV-1a of the text (the check that a compiled module still matches its source).
uint64_t python_text_hash(std::string_view text);

// `code` (and every code object among its constants) as bytes, appended to `out`. False when
// a constant is of a kind the format does not hold (the build then fails: see tools/pycache).
bool write_code(Interp& I, const CodeObj* code, std::string& out);
// The code object written in `bytes`: equal to the one written, field by field, its strings
// interned as the compiler interns them. nullptr if the bytes are malformed.
CodeObj* read_code(Interp& I, std::span<const unsigned char> bytes);

// Makes run_python_source use `modules` (process-wide; the CLI calls it once at start-up).
void set_compiled_python(std::span<const CompiledPython> modules);

} // namespace loopscope
