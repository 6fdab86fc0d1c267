// asyncio_module.h - the asyncio package a script imports, and the set of importable modules.
#pragma once

#include "lang/interp.h"

namespace loopscope {

// Every module a script can import: the standard modules (stdlib/modules.h) and asyncio.
// Whoever runs a program calls it on its fresh interpreter (the CLI, LiveRun, the transcript).
void register_modules(Interp& I);

} // namespace loopscope
