// modules.cpp - the modules scripts can import besides builtins. Registered lazily: each is
// built the first time a script imports it (Interp::module_factories).
#include "lang/init.h"
#include "lang/interp.h"

namespace loopscope {

void register_stdlib_modules(Interp& I) {
    (void)I;
}

} // namespace loopscope
