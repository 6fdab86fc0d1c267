// python_source.h - the runtime's own Python, compiled into the binary.
//
// The Python halves of the standard modules (runtime/stdlib/py/*.py) and of asyncio
// (runtime/asyncio/py/*.py) are real .py files; cmake/embed_python.py turns each folder into a
// table of PythonSource at build time. Everything compiled from them is library code: its code
// objects carry CO_LIBRARY (lang/object.h), the one rule by which the trace, the line hook and
// asyncio.run's own tasks tell the runtime's Python from the learner's.
#pragma once

#include "lang/interp.h"

#include <span>
#include <string>
#include <string_view>

namespace loopscope {

// One embedded module.
struct PythonSource {
    const char* module; // its name: "time", "asyncio.tasks"
    const char* file; // the file name tracebacks and the trace show: "time.py", "asyncio/tasks.py"
    const char* text; // the source; nullptr when it arrives later (provide_python_text)
};

// The standard modules' Python (runtime/stdlib/py/), generated.
std::span<const PythonSource> stdlib_python_sources();
// The entry of `module` in `sources`, or nullptr.
const PythonSource* find_python_source(std::span<const PythonSource> sources,
                                       std::string_view module);

// Texts that arrive after start-up. A binary built with LOOPSCOPE_PY_TEXT_LATER (the web app)
// has the module tables without their texts; the page downloads them and hands each one over
// here before any program runs. Process-wide: the texts are the same for every Interp.
void provide_python_text(std::string_view module, std::string text);
// The text of `src`: its own, else the one provided; nullptr while neither exists.
const char* python_text(const PythonSource& src);
// How many modules of `sources` still have no text (0 once everything has arrived).
size_t python_texts_missing(std::span<const PythonSource> sources);

// The code of `src`'s text, marked CO_LIBRARY: compiled, or read from the code compiled ahead
// (compiled_python.h) when the CLI installed it. nullptr with the exception pending when it
// does not compile. compile_python_text always compiles (what the build's cache holds).
CodeObj* python_source_code(Interp& I, const PythonSource& src, const char* text);
CodeObj* compile_python_text(Interp& I, const PythonSource& src, const char* text);
// How python_source_code finds code compiled ahead (set by set_compiled_python).
using CompiledLookup = CodeObj* (*)(Interp& I, const PythonSource& src, std::string_view text);
void set_compiled_lookup(CompiledLookup lookup);
// Compiles `src` and runs it with `globals` as its namespace, its code marked CO_LIBRARY.
// False with the exception pending when it does not compile or raises.
bool run_python_source(Interp& I, const PythonSource& src, DictObj* globals);
// A module named src.module (with __file__) running `src`: registered in sys.modules before it
// runs, as CPython's import does, and removed again when it fails.
Value load_python_module(Interp& I, const PythonSource& src);
// Registers `sources` as importable modules (Interp::module_factories), loaded on first import.
void register_python_modules(Interp& I, std::span<const PythonSource> sources);

} // namespace loopscope
