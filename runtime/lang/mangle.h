// mangle.h - private name mangling: inside a class body `__x` means `_ClassName__x`.
#pragma once

#include <string>
#include <string_view>

namespace loopscope {

// The name `name` stands for inside class `class_name` (as CPython's _Py_Mangle): names that
// start with two underscores and do not end with two, and hold no dot, get "_" + the class
// name without its leading underscores in front; a class named only underscores mangles
// nothing, nor does an empty class_name (outside any class).
std::string mangle_private_name(std::string_view class_name, std::string_view name);

} // namespace loopscope
