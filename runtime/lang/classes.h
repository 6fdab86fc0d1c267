// classes.h - the object model pieces ops.h does not declare: class creation (used by the
// VM's __build_class__), stable object ids, and calling a function found on a type with a
// `self` (the descriptor binding without allocating a bound method).
#pragma once

#include "lang/ops.h"

#include <string>
#include <vector>

namespace loopscope {

// Create a class as `type(name, bases, ns)` does: validates the bases, computes the MRO,
// picks the layout, stores the class in ns's __classcell__ (removed from ns), calls
// __set_name__ and the bases' __init_subclass__. Returns the TypeObj or Error.
// `subclass_kw`: the class statement's keyword arguments (metaclass removed), passed on to
// the parent's __init_subclass__.
// `meta`: the metaclass asked for (nullptr: type); the class's type is the most derived of it
// and the bases' metaclasses (winner_metaclass).
Value make_class(Interp& I, StrObj* name, std::vector<TypeObj*> bases, DictObj* ns,
                 const CallArgs* subclass_kw = nullptr, TypeObj* meta = nullptr);
TypeObj* winner_metaclass(Interp& I, TypeObj* meta, const std::vector<TypeObj*>& bases);

// type.__call__: calling a class (__new__ then __init__); a metaclass's __call__ reaches it
// through super().__call__(...).
Value type_call_native(Interp& I, Value self, const CallArgs& a);

// The kinds a user class may inherit its instances' layout from (dict, list, tuple, set,
// frozenset, str): its instances are SubclassObj<...> of that builtin object.
inline bool is_builtin_data_kind(Kind k) {
    return k == Kind::Dict || k == Kind::List || k == Kind::Tuple || k == Kind::Set ||
           k == Kind::Str;
}
// A fresh instance of `t`, a user subclass of a builtin data type, as the builtin's __new__
// makes it: mutable bases (dict, list, set) start empty (their __init__ fills them), immutable
// ones (tuple, frozenset, str) are built from `a` by the base's constructor.
Value new_builtin_subclass_instance(Interp& I, TypeObj* t, const CallArgs& a);
// The builtin type whose layout `t` (a subclass of it, or itself) has.
TypeObj* builtin_base(Interp& I, TypeObj* t);

// An attribute of the runtime's _generic module (types.GenericAlias, types.UnionType and
// their helpers, stdlib/py/_generic.py), imported on first use.
Value generic_helper(Interp& I, const char* name);

// id(v) for heap objects: a stable, deterministic fake address shaped like CPython's
// (0x7f...), handed out on first use. Also the address shown by default reprs
// ("<__main__.Foo object at 0x7fa3c0000030>") and the base of the default hash.
int64_t object_id(Interp& I, Obj* o);
// "0x7fa3c0000030"
std::string object_address(Interp& I, Obj* o);

// Call `func` (a value found on a type: Python function, native method, staticmethod,
// classmethod or any callable) as a method of `self` with the arguments `a`.
Value call_bound(Interp& I, Value func, Value self, const CallArgs& a);
Value call_bound(Interp& I, Value func, Value self, std::span<const Value> args);

// type_lookup (ops.h) through a cache of MRO lookups; also reports the class whose dict held
// the attribute. Use on hot paths (special methods, attribute access).
Value type_lookup_cached(TypeObj* type, StrObj* name);
Value type_lookup_owner(TypeObj* type, StrObj* name, TypeObj** owner);
void clear_lookup_cache();

// A type's version tag (CPython's tp_version_tag): equal while no dict in its MRO changed and
// no instance of it shadowed a class attribute, never reused by another type. The caches of
// attribute lookups hold while it does.
void refresh_type_version(TypeObj* t);
inline uint64_t type_version(TypeObj* t) {
    if (t->vtag_epoch != g_type_dict_epoch) [[unlikely]]
        refresh_type_version(t);
    return t->vtag;
}
// An instance of `t` stored `name` in its dict (`on_class`: the name is also a class
// attribute); the dict of an instance of `t` was handed out or replaced.
void note_instance_name(Interp& I, TypeObj* t, StrObj* name, bool on_class);
void note_instance_dict_exposed(TypeObj* t);

// Whether the MRO of `t` defines __getattribute__ / __setattr__ as Python functions: flags on
// the type, recomputed by refresh_type_hooks only after its version tag changed.
void refresh_type_hooks(Interp& I, TypeObj* t);
inline bool has_user_getattribute(Interp& I, TypeObj* t) {
    if (t->hooks_epoch != type_version(t)) refresh_type_hooks(I, t);
    return t->user_getattribute;
}
inline bool has_user_del(Interp& I, TypeObj* t) {
    if (t->hooks_epoch != type_version(t)) refresh_type_hooks(I, t);
    return t->user_del;
}
inline bool has_user_setattr(Interp& I, TypeObj* t) {
    if (t->hooks_epoch != type_version(t)) refresh_type_hooks(I, t);
    return t->user_setattr;
}

// The attribute caches of LOAD_ATTR / LOAD_METHOD / STORE_ATTR (CodeObj::AttrCache), as
// CPython 3.11's specialized LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES,
// LOAD_ATTR_MODULE... (AttrKind, object.h).
// The key of a receiver, or 0 (not cached): instances of a class by type and its version tag,
// a class by itself and its tag (the low bits tell the two apart), any plain module (its
// entries say where its dict holds the name), objects of builtin types by type and tag.
inline uint64_t attr_cache_key(Obj* o, TypeObj** type) {
    TypeObj* t = o->type;
    switch (o->kind) {
        case Kind::Instance: *type = t; return type_version(t) * 4;
        case Kind::Type:
            *type = static_cast<TypeObj*>(o);
            return type_version(static_cast<TypeObj*>(o)) * 4 + 1;
        case Kind::Module: *type = nullptr; return t->is_builtin ? 2 : 0;
        case Kind::Super: return 0;
        default: *type = t; return t->is_builtin ? type_version(t) * 4 + 3 : 0;
    }
}
inline const CodeObj::AttrEntry* attr_cache_find(Value obj, const CodeObj::AttrCache& c) {
    if (obj.tag != Tag::Obj) return nullptr;
    TypeObj* t = nullptr;
    uint64_t key = attr_cache_key(obj.o, &t);
    if (key == 0) return nullptr;
    for (const CodeObj::AttrEntry& e : c.ways)
        if (e.version == key && e.type == t) return &e;
    return nullptr;
}
// The entry of an InstanceValue (obj: a plain instance) or ModuleValue entry (a module)
// in obj's dict, or nullptr when the dict has another key there.
inline DictObj::Entry* attr_cache_slot(Value obj, StrObj* name, const CodeObj::AttrEntry& e) {
    DictObj* d = obj.o->kind == Kind::Module ? static_cast<ModuleObj*>(obj.o)->dict
                                             : static_cast<InstanceObj*>(obj.o)->dict;
    if (!d || e.index >= d->entries.size()) return nullptr;
    DictObj::Entry& de = d->entries[e.index];
    if (de.key_obj() != name) return nullptr;
    return &de;
}
// LOAD_METHOD found the native method `m` of obj's builtin type.
void attr_cache_fill_native(Value obj, Value m, CodeObj::AttrCache& c);
// Fill an entry of `c` after the generic protocol ran for obj.name (LOAD_ATTR, LOAD_METHOD)
// or stored it (STORE_ATTR), where it would land on the same answer again.
void attr_cache_fill_load(Interp& I, Value obj, StrObj* name, CodeObj::AttrCache& c);
void attr_cache_fill_store(Interp& I, Value obj, StrObj* name, CodeObj::AttrCache& c);

// The attribute dict of a new instance of the user class `t`, with room for as many entries as
// its instances were seen to hold (TypeObj::attrs_seen).
DictObj* new_instance_dict(Interp& I, TypeObj* t);

// Apply the descriptor protocol to `attr` found on `type` for the instance `obj` (Undef obj:
// accessed on the class itself): functions bind, staticmethods unwrap, properties call fget.
Value bind_attribute(Interp& I, Value attr, Value obj, TypeObj* type);

// The default repr of an object without its own __repr__ (object.__repr__): functions,
// methods, types, modules, generators, plain instances.
Value default_repr(Interp& I, Value v);

// The module name a class reports in reprs ("__main__", "asyncio", or "builtins").
std::string type_module(Interp& I, TypeObj* t);

// Natives the fast paths recognise: object.__hash__, object.__init__ (object_methods.cpp),
// BaseException.__init__ (exceptions.cpp).
Value object_hash_native(Interp& I, Value self, const CallArgs& a);
Value object_init_native(Interp& I, Value self, const CallArgs& a);
Value object_format_native(Interp& I, Value self, const CallArgs& a);
Value exception_init_native(Interp& I, Value self, const CallArgs& a);

// object.__getattribute__ / __setattr__ / __delattr__: the generic protocol, skipping a class's
// own __getattribute__ (and __getattr__) / __setattr__ / __delattr__.
Value generic_getattr(Interp& I, Value obj, StrObj* name);
bool generic_setattr(Interp& I, Value obj, StrObj* name, Value v);
bool generic_delattr(Interp& I, Value obj, StrObj* name);

// next(it) without a default, as CPython's builtin next(): the next value, or Error with the
// iterator's own StopIteration pending (a generator's `return x` gives StopIteration(x); a
// user __next__'s exception is kept as raised). iter_next (ops.h) is the loop-friendly form.
Value next_or_raise(Interp& I, Value it);

// Register int's and float's arithmetic and comparison dunders (called by init_object_methods;
// the operators themselves never need them: binary_op / compare take the fast paths).
void init_number_dunders(Interp& I);

// `list.append` looked up on the class: a native taking the instance as first argument.
bool is_unbound_native(Value v);

} // namespace loopscope
