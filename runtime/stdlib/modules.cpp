// modules.cpp - see modules.h.
#include "stdlib/modules.h"

#include "stdlib/contextvars.h"
#include "stdlib/python_source.h"

namespace loopscope {

namespace {

// builtins: the module whose namespace is the builtins every module falls back on
Value make_builtins_module(Interp& I) {
    if (dict_get_str(I.builtins, I.n.__name__).is_undef())
        dict_set_str(I, I.builtins, I.n.__name__, I.str("builtins"));
    return Value::object(I.alloc<ModuleObj>(I.t.module, I.intern("builtins"), I.builtins));
}

} // namespace

void register_standard_modules(Interp& I) {
    // the modules written in Python (runtime/stdlib/py/); a native factory below replaces the
    // entry of a module whose Python half runs inside its native module (time)
    register_python_modules(I, stdlib_python_sources());
    I.module_factories["sys"] = make_sys_module;
    I.module_factories["math"] = make_math_module;
    I.module_factories["time"] = make_time_module;
    I.module_factories["random"] = make_random_module;
    register_contextvars(I);
    I.module_factories["_traceback"] = make_traceback_native_module;
    register_weakref(I);
    I.module_factories["_source"] = make_source_module;
    I.module_factories["_gc"] = make_gc_native;
    I.module_factories["builtins"] = make_builtins_module;
    I.module_factories["unicodedata"] = make_unicodedata_module;
}

} // namespace loopscope
