// str_args.h - the receiver and argument-count checks of str's methods (str_methods.cpp,
// str_case.cpp): the usual call is tested inline, the error messages are built out of line.
#pragma once
#include "lang/builtins_shared.h"

namespace loopscope {

// Raises "descriptor 'name' for 'str' objects doesn't apply to a 'T' object" (str_methods.cpp).
[[gnu::cold, gnu::noinline]] StrObj* str_not_self(Interp& I, Value self, const char* name);

inline StrObj* self_str(Interp& I, Value self, const char* name) {
    if (self.tag == Tag::Obj && self.o->kind == Kind::Str) [[likely]]
        return static_cast<StrObj*>(self.o);
    return str_not_self(I, self, name);
}
// The usual call: lo to hi positional arguments and no keywords (the argument checks, which
// build their messages when the call is not, are skipped).
inline bool plain_args(const CallArgs& a, int lo, int hi) {
    return a.kwnames == nullptr && a.nargs >= lo && a.nargs <= hi;
}

} // namespace loopscope
