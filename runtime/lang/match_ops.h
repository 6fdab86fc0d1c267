// match_ops.h - what the match statement's opcodes do (MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS, MATCH_CLASS), as CPython 3.11's ceval.c. The VM calls these with
// native_depth raised: they may run Python code (`get`, properties, __getattr__).
#pragma once

#include "lang/interp.h"

#include <cstdint>

namespace loopscope {

// Does a sequence pattern apply to `v`: list, tuple, range, their subclasses, and classes
// derived from collections.abc's Sequence (or deque). str, bytes and the like do not.
bool match_is_sequence(Interp& I, Value v);
// Does a mapping pattern apply: dict, its subclasses, and collections.abc Mapping classes.
bool match_is_mapping(Interp& I, Value v);
// The values of `keys` (a tuple) in `subject` by its get(), as a tuple; None if one is
// missing; Error on an exception (duplicate keys are a ValueError).
Value match_keys(Interp& I, Value subject, Value keys);
// The attributes a class pattern `cls(<nargs positionals>, names...)` extracts from `subject`
// as a tuple; None if `subject` is not an instance or lacks one; Error on an exception.
Value match_class(Interp& I, Value subject, Value cls, Value names, uint32_t nargs);

} // namespace loopscope
