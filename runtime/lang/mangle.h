// mangle.h - private name mangling: inside a class body `__x` means `_ClassName__x`.
#pragma once

#include <string>
#include <string_view>

namespace loopscope {
namespace ast {
struct Module;
}

// The name `name` stands for inside class `class_name` (as CPython's _Py_Mangle): names that
// start with two underscores and do not end with two, and hold no dot, get "_" + the class
// name without its leading underscores in front; a class named only underscores mangles
// nothing, nor does an empty class_name (outside any class).
std::string mangle_private_name(std::string_view class_name, std::string_view name);

// Rewrite, in place, every identifier of `module` that CPython mangles (names, attributes,
// parameters, imports, global/nonlocal, except/match captures) by its innermost enclosing
// class, and fill FunctionDef::bound / ClassDef::bound (a def keeps its own `name` as its
// __name__). Keyword argument names and match class-pattern attributes stay as written.
void mangle_private_names(ast::Module& module);

} // namespace loopscope
