// world_modules.cpp - registers the world's embedded Python modules.
#include "world/world_modules.h"

#include "asyncio/asyncio_module.h"

namespace loopscope {

void register_world_modules(Interp& I) {
    register_python_modules(I, world_python_sources());
}

void register_program_modules(Interp& I) {
    register_modules(I);
    register_world_modules(I);
}

} // namespace loopscope
