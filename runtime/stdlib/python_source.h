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
#include <string_view>

namespace loopscope {

// One embedded module.
struct PythonSource {
    const char* module; // its name: "time", "asyncio.tasks"
    const char* file; // the file name tracebacks and the trace show: "time.py", "asyncio/tasks.py"
    const char* text; // the source
};

// The standard modules' Python (runtime/stdlib/py/), generated.
std::span<const PythonSource> stdlib_python_sources();
// The entry of `module` in `sources`, or nullptr.
const PythonSource* find_python_source(std::span<const PythonSource> sources,
                                       std::string_view module);

// Compiles `src` and runs it with `globals` as its namespace, its code marked CO_LIBRARY.
// False with the exception pending when it does not compile or raises.
bool run_python_source(Interp& I, const PythonSource& src, DictObj* globals);
// A module named src.module (with __file__) running `src`: registered in sys.modules before it
// runs, as CPython's import does, and removed again when it fails.
Value load_python_module(Interp& I, const PythonSource& src);
// Registers `sources` as importable modules (Interp::module_factories), loaded on first import.
void register_python_modules(Interp& I, std::span<const PythonSource> sources);

} // namespace loopscope
