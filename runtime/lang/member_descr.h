// member_descr.h - `member_descriptor` (member_descr.cpp): what each name of a class's
// __slots__ becomes in the class dict, and what class creation and weakref ask about slots.
#pragma once

#include "lang/object.h"

namespace loopscope {

struct Interp;

// The descriptor of slot `name` of class `owner` (`<member 'x' of 'C' objects>`).
Value new_member_descriptor(Interp& I, TypeObj* owner, StrObj* name);

// Is `o` a member descriptor; its __name__ / __qualname__ / __objclass__ / __doc__ (undef:
// not one of them).
bool is_member_descriptor(const Obj* o);
Value member_descriptor_attr(Interp& I, Obj* o, StrObj* name);

// Does every class of t's MRO define __slots__ without '__weakref__' (weakref.ref refuses
// its instances, as a zero tp_weaklistoffset)?
bool slots_refuse_weakref(Interp& I, TypeObj* t);

// Where an object keeps its attribute dict (nullptr: it has none); a slotted instance keeps
// its slots' values there too, hidden when its class has no __dict__ (ops_attr.cpp).
DictObj** instance_dict_slot(Interp& I, Value obj);

} // namespace loopscope
