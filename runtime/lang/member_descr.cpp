// member_descr.cpp - `member_descriptor`: what each name of a class's __slots__ becomes in the
// class dict (CPython's PyMemberDescrObject). `C.x` is `<member 'x' of 'C' objects>`; on an
// instance it reads, writes and deletes the slot. A member descriptor is a property-like object
// (Kind::Property) whose getter, setter and deleter are natives bound to it, so attribute
// access takes the property paths; the slot's value is kept in the instance's hidden dict.
#include "lang/member_descr.h"
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/interp.h"
#include "lang/ops.h"

namespace loopscope {

namespace {

struct MemberDescrObj : PropertyObj {
    TypeObj* owner;
    StrObj* name;
    MemberDescrObj(TypeObj* t, TypeObj* o, StrObj* n)
        : PropertyObj(t, Value::none(), Value::none(), Value::none()), owner(o), name(n) {}
    void mark_refs(Gc& gc) override {
        PropertyObj::mark_refs(gc);
        gc.mark(owner);
        gc.mark(name);
    }
};

MemberDescrObj* self_member(Interp& I, Value self) {
    if (self.is_obj() && is_member_descriptor(self.o)) return static_cast<MemberDescrObj*>(self.o);
    raise_type_error(I, "descriptor requires a 'member_descriptor' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

// as descr_check: the instance must be of the class that has the slot
bool check_instance(Interp& I, MemberDescrObj* m, Value obj) {
    if (isinstance(I, obj, m->owner)) return true;
    raise_type_error(I, "descriptor '" + m->name->s + "' for '" + m->owner->name->s +
                            "' objects doesn't apply to a '" + type_name(I, obj) + "' object");
    return false;
}

// as member_get: the slot's value, AttributeError while it is unset
Value slot_get(Interp& I, Value self, const CallArgs& a) {
    auto* m = static_cast<MemberDescrObj*>(self.o);
    if (!check_nargs(I, a, m->name->s, 1, 1) || !check_instance(I, m, a.args[0]))
        return Value::error();
    DictObj** d = instance_dict_slot(I, a.args[0]);
    Value v = d && *d ? dict_get_str(*d, m->name) : Value::undef();
    if (v.is_undef())
        return raise(I, I.t.AttributeError,
                     "'" + type_name(I, a.args[0]) + "' object has no attribute '" + m->name->s +
                         "'");
    return v;
}

Value slot_set(Interp& I, Value self, const CallArgs& a) {
    auto* m = static_cast<MemberDescrObj*>(self.o);
    if (!check_nargs(I, a, m->name->s, 2, 2) || !check_instance(I, m, a.args[0]))
        return Value::error();
    DictObj** d = instance_dict_slot(I, a.args[0]);
    if (!d) return raise_type_error(I, "cannot set slot '" + m->name->s + "'");
    if (!*d) *d = new_dict(I);
    dict_set_str(I, *d, m->name, a.args[1]);
    return Value::none();
}

// as member_set with no value: deleting an unset slot raises AttributeError(name)
Value slot_delete(Interp& I, Value self, const CallArgs& a) {
    auto* m = static_cast<MemberDescrObj*>(self.o);
    if (!check_nargs(I, a, m->name->s, 1, 1) || !check_instance(I, m, a.args[0]))
        return Value::error();
    DictObj** d = instance_dict_slot(I, a.args[0]);
    if (!d || !*d || !dict_del_str(*d, m->name)) return raise(I, I.t.AttributeError, m->name->s);
    return Value::none();
}

Value member_repr(Interp& I, Value self, const CallArgs& a) {
    MemberDescrObj* m = self_member(I, self);
    if (!m || !check_nargs(I, a, "__repr__", 0, 0)) return Value::error();
    return new_str(I, "<member '" + m->name->s + "' of '" + m->owner->name->s + "' objects>");
}

// descriptor.__get__(obj, type=None): the descriptor itself for obj None
Value member_get_method(Interp& I, Value self, const CallArgs& a) {
    MemberDescrObj* m = self_member(I, self);
    if (!m || !check_nargs(I, a, "__get__", 1, 2)) return Value::error();
    if (a.args[0].is_none()) return self;
    return call(I, m->fget, std::span<const Value>(a.args, 1));
}

Value member_set_method(Interp& I, Value self, const CallArgs& a) {
    MemberDescrObj* m = self_member(I, self);
    if (!m || !check_nargs(I, a, "__set__", 2, 2)) return Value::error();
    return call(I, m->fset, std::span<const Value>(a.args, 2));
}

Value member_delete_method(Interp& I, Value self, const CallArgs& a) {
    MemberDescrObj* m = self_member(I, self);
    if (!m || !check_nargs(I, a, "__delete__", 1, 1)) return Value::error();
    return call(I, m->fdel, std::span<const Value>(a.args, 1));
}

Value bound_native(Interp& I, NativeFn fn, StrObj* name, Value self) {
    auto* f = I.alloc<NativeFunctionObj>(I.t.builtin_function, fn, name);
    f->self = self;
    return Value::object(f);
}

// the type, made with the first slotted class of a run (kept in the registry)
TypeObj* member_descriptor_type(Interp& I) {
    auto it = I.registry.find("member_descriptor");
    if (it != I.registry.end()) return as<TypeObj>(it->second);
    TypeObj* t = new_builtin_type(I, "member_descriptor", I.t.object, Kind::Property);
    add_method(I, t, "__repr__", member_repr);
    add_method(I, t, "__get__", member_get_method);
    add_method(I, t, "__set__", member_set_method);
    add_method(I, t, "__delete__", member_delete_method);
    I.registry["member_descriptor"] = Value::object(t);
    return t;
}

} // namespace

Value new_member_descriptor(Interp& I, TypeObj* owner, StrObj* name) {
    auto* m = I.alloc<MemberDescrObj>(member_descriptor_type(I), owner, name);
    Value self = Value::object(m);
    m->fget = bound_native(I, slot_get, name, self);
    m->fset = bound_native(I, slot_set, name, self);
    m->fdel = bound_native(I, slot_delete, name, self);
    return self;
}

bool is_member_descriptor(const Obj* o) {
    return o->kind == Kind::Property && o->type->is_builtin &&
           o->type->name->s == "member_descriptor";
}

Value member_descriptor_attr(Interp& I, Obj* o, StrObj* name) {
    auto* m = static_cast<MemberDescrObj*>(o);
    if (name == I.n.__name__) return Value::object(m->name);
    if (name == I.n.__qualname__) return new_str(I, m->owner->qualname->s + "." + m->name->s);
    if (name->s == "__objclass__") return Value::object(m->owner);
    if (name == I.n.__doc__) return Value::none();
    return Value::undef();
}

bool slots_refuse_weakref(Interp& I, TypeObj* t) {
    bool slotted = false;
    for (TypeObj* m : t->mro) {
        if (m->is_builtin) continue;
        Value slots = dict_get_str(m->dict, I.n.__slots__);
        if (slots.is_undef()) return false; // a class without __slots__ adds __weakref__
        slotted = true;
        if (is_str(slots)) {
            if (str_view(slots) == "__weakref__") return false;
        } else if (is_kind(slots, Kind::Tuple) || is_kind(slots, Kind::List)) {
            const auto& items = is_kind(slots, Kind::Tuple) ? as<TupleObj>(slots)->items
                                                            : as<ListObj>(slots)->items;
            for (Value v : items)
                if (is_str(v) && str_view(v) == "__weakref__") return false;
        } else {
            return false; // (another iterable: not looked into)
        }
    }
    return slotted;
}

} // namespace loopscope
