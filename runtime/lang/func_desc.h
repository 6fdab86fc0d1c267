// func_desc.h - how CPython names a callable in call errors (_PyObject_FunctionStr):
// "module.qualname()" or, for builtins, "qualname()".
#pragma once

#include "lang/interp.h"
#include "lang/object.h"

#include <string>

namespace loopscope {

// "__main__.f()", "__main__.C.m()", "print()"; str(f) when f has no __qualname__. Never fails
// (an exception while looking is cleared and the str of the object is used).
std::string function_str(Interp& I, Value f);

} // namespace loopscope

namespace loopscope {

// f(**m) with m already holding `key`: "__main__.f() got multiple values for keyword argument
// 'k'". Returns Error.
Value raise_duplicate_keyword(Interp& I, Value func, Value key);
// {**src} / f(**src) for a src that is not a dict: a mapping by its keys() and [] (as
// CPython's PyDict_Update / _PyDict_MergeEx). `func` non-null: f(**src), with f's errors.
bool merge_mapping(Interp& I, DictObj* dst, Value src, const Value* func);

} // namespace loopscope
