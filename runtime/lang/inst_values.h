// inst_values.h - a user class's instances keep their attributes as values in the order of keys
// the class shares (as CPython 3.11's split dicts with inline values), not a dict each.
//
// An instance is split while its attributes are exactly the class's first nvals shared keys,
// in that order: storing the next key appends it (and grows the class's keys, up to
// kSharedKeysMax), storing one it has replaces its value. Anything else - another key, a
// deletion, __dict__ / vars(), a __class__ assignment - makes it a real dict once (inst_dict),
// whose identity then stays and which is its storage from then on, so dict order after
// deletions and re-additions is the dict's own, as CPython's.
//
// Pacing (heap.h): a split instance charges and weighs what the instance and the dict it
// stands for did (inst_values.cpp), so collections fall where they did.
#pragma once

#include "lang/object.h"

#include <cstdint>

namespace loopscope {

struct Interp;

constexpr uint32_t kSharedKeysMax = 30; // as CPython's SHARED_KEYS_MAX_SIZE

// Where `name` is among the first n shared keys of `t`, or -1.
int32_t shared_index_text(const TypeObj* t, const StrObj* name, uint32_t n);
inline int32_t shared_index(const TypeObj* t, const StrObj* name, uint32_t n) {
    const StrObj* const* k = t->shared_keys.data();
    for (uint32_t i = 0; i < n; ++i)
        if (k[i] == name) return int32_t(i);
    // (the keys are interned: a str of equal text is the same)
    return name->interned ? -1 : shared_index_text(t, name, n);
}

// A fresh instance of `t` (object's layout): split for a user class, with a dict when its
// __slots__ leave no __dict__ (they keep their values there), none for object().
InstanceObj* new_instance(Interp& I, TypeObj* t);

// The value of the attribute `name` in the instance's own storage (either way), or undef.
Value inst_get(InstanceObj* o, StrObj* name);

// Store an attribute in a split instance (its dict made when the key cannot be shared).
void inst_set(Interp& I, SplitObj* o, StrObj* name, Value v);

// Append the next shared key's value to a split instance (nvals < t->shared_keys.size(), or
// name the key to add).
void inst_append(Interp& I, SplitObj* o, StrObj* name, Value v);

// The instance's dict, made from its values when split (then no longer split); nullptr for an
// instance without one.
DictObj* inst_dict(Interp& I, InstanceObj* o);

} // namespace loopscope
