// str_repr.h - a str's repr appended to a buffer (strings.cpp), for the callers that build
// bigger texts (repr_into, the trace's locals): repr_string (ops.h) without its own string.
#pragma once

#include <string>
#include <string_view>

namespace loopscope {

void repr_string_into(std::string_view utf8, std::string& out);

} // namespace loopscope
