// module_helpers.cpp - see module_helpers.h.
#include "stdlib/module_helpers.h"

namespace loopscope {

Value new_module(Interp& I, std::string_view name, DictObj** dict) {
    DictObj* d = new_dict(I);
    dict_set_str(I, d, I.n.__name__, I.str(name));
    dict_set_str(I, d, I.n.__doc__, Value::none());
    *dict = d;
    return Value::object(I.alloc<ModuleObj>(I.t.module, I.intern(name), d));
}

void set_fn(Interp& I, DictObj* d, std::string_view name, NativeFn fn) {
    dict_set_str(I, d, I.intern(name), new_native_function(I, name, fn));
}

Value arg_or(const CallArgs& a, int i, Value dflt) {
    return i < a.nargs ? a.args[i] : dflt;
}

} // namespace loopscope
