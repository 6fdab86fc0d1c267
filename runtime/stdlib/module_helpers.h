// module_helpers.h - building native modules (the standard modules here, asyncio's native
// half in runtime/asyncio/): a fresh module object, its functions, optional arguments.
// (Keyword arguments: kwarg() in lang/builtins_shared.h.)
#pragma once

#include "lang/builtins_shared.h"

#include <string_view>

namespace loopscope {

// A fresh module object named `name` (not registered anywhere); its namespace in *dict.
Value new_module(Interp& I, std::string_view name, DictObj** dict);
// d[name] = a native function `name` running `fn`.
void set_fn(Interp& I, DictObj* d, std::string_view name, NativeFn fn);
// Positional argument `i`, or `dflt` when fewer were given.
Value arg_or(const CallArgs& a, int i, Value dflt);

} // namespace loopscope
