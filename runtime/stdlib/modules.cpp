// modules.cpp - see modules.h.
#include "stdlib/modules.h"

namespace loopscope {

void register_standard_modules(Interp& I) {
    I.module_factories["sys"] = make_sys_module;
    I.module_factories["math"] = make_math_module;
    I.module_factories["time"] = make_time_module;
    I.module_factories["random"] = make_random_module;
}

} // namespace loopscope
