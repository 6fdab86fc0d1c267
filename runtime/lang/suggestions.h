// suggestions.h - the "Did you mean: 'x'?" hints CPython 3.11 adds to NameError and
// AttributeError tracebacks (Python/suggestions.c).
#pragma once

#include "lang/interp.h"

#include <string>
#include <string_view>
#include <vector>

namespace loopscope {

// The candidate closest to `name` by suggestions.c's weighted Levenshtein distance, or "".
std::string closest_name(const std::vector<std::string_view>& candidates, std::string_view name);

// For `name` not found in frame `f`: its fast locals, then globals, then builtins.
std::string name_error_suggestion(Interp& I, Frame* f, std::string_view name);

// For attribute `name` missing on `obj`: the names dir(obj) would list.
std::string attribute_error_suggestion(Interp& I, Value obj, std::string_view name);

} // namespace loopscope
