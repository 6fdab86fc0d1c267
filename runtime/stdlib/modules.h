// modules.h - the standard modules a script can import besides asyncio: sys, math, time,
// random. Each is built the first time a script imports it (Interp::module_factories).
//
// An interpreter knows only the builtins until someone registers modules: the program runners
// (asyncio/asyncio_module.h: register_modules, used by the CLI, the session and the transcript)
// register these and asyncio.
#pragma once

#include "lang/interp.h"

namespace loopscope {

// Registers sys, math, time and random with `I`.
void register_standard_modules(Interp& I);

Value make_sys_module(Interp& I);    // sys_module.cpp
Value make_math_module(Interp& I);   // math_module.cpp
Value make_time_module(Interp& I);   // time_module.cpp (+ py/time.py)
Value make_random_module(Interp& I); // random_module.cpp
// _traceback: the natives of py/traceback.py and py/warnings.py (traceback_module.cpp)
Value make_traceback_native_module(Interp& I);
// _weakref (weakref_module.cpp): its state, the collector's hook and the module factory
void register_weakref(Interp& I);
Value make_gc_native(Interp& I);          // gc_module.cpp: _gc, gc.py's collector calls
Value make_source_module(Interp& I);      // source_module.cpp: _source, code from text
Value make_unicodedata_module(Interp& I); // unicodedata_module.cpp

} // namespace loopscope
