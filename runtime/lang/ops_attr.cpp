// ops_attr.cpp - attribute access (CPython's PyObject_GenericGetAttr / type_getattro /
// super_getattro / the generic setattr) and subscription (getitem / setitem / delitem).
//
// Index:
//   [SECTION] Descriptors   - lookup with the owning type, binding functions and properties
//   [SECTION] Special attrs - __class__, __dict__, function / exception / generator fields
//   [SECTION] getattr       - instances, types, modules, super
//   [SECTION] setattr       - and delattr
//   [SECTION] Items         - getitem, setitem, delitem
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/frame_objects.h"
#include "lang/inst_values.h"
#include "lang/mangle.h"
#include "lang/member_descr.h"
#include "lang/suggestions.h"
#include "lang/vm_hooks.h"

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] Descriptors
// ---------------------------------------------------------------------------------------------

// type_lookup that also reports the class whose dict held the attribute.
static Value lookup_owner(TypeObj* type, StrObj* name, TypeObj** owner) {
    for (TypeObj* m : type->mro) {
        Value v = dict_get_str(m->dict, name);
        if (!v.is_undef()) {
            *owner = m;
            return v;
        }
    }
    return Value::undef();
}

// A direct-mapped cache of MRO lookups (as CPython's type attribute cache), keyed by type and
// interned name. An entry holds while the type's version tag is the one it was filled with
// (type_version, classes.h); misses are cached too. Cleared when a type dies (the finalizer
// in object_methods.cpp calls clear_lookup_cache).
namespace {
struct LookupEntry {
    TypeObj* type = nullptr;
    StrObj* name = nullptr;
    uint64_t version = 0;
    TypeObj* owner = nullptr;
    Value value;
};
constexpr size_t kLookupCacheSize = 4096;
LookupEntry g_lookup_cache[kLookupCacheSize];
static_assert(kLookupCacheSize == size_t(1) << 12);
} // namespace

void clear_lookup_cache() {
    for (auto& e : g_lookup_cache) e = LookupEntry{};
}

Value type_lookup_owner(TypeObj* type, StrObj* name, TypeObj** owner) {
    if (!name->interned) return lookup_owner(type, name, owner);
    // Fibonacci hashing of both addresses: objects allocated close together spread out.
    uint64_t mix = (uint64_t(uintptr_t(type)) ^ (uint64_t(uintptr_t(name)) * 0x9E3779B97F4A7C15u)) *
                   0x9E3779B97F4A7C15u;
    LookupEntry& e = g_lookup_cache[size_t(mix >> 52)]; // the top 12 bits: kLookupCacheSize
    uint64_t version = type_version(type);
    if (e.type == type && e.name == name && e.version == version) {
        *owner = e.owner;
        return e.value;
    }
    TypeObj* o = nullptr;
    Value v = lookup_owner(type, name, &o);
    e.type = type;
    e.name = name;
    e.version = version;
    e.owner = o;
    e.value = v;
    *owner = o;
    return v;
}

// The tag changes when the largest version of the MRO's dicts does (a mutation draws a version
// above all others), checked once per change of any class dict (g_type_dict_epoch).
void refresh_type_version(TypeObj* t) {
    uint64_t m = 0;
    for (TypeObj* b : t->mro)
        if (b->dict && b->dict->version > m) m = b->dict->version;
    if (t->vtag == 0 || m != t->vtag_max) {
        t->vtag_max = m;
        t->vtag = ++g_dict_version;
    }
    t->vtag_epoch = g_type_dict_epoch;
}

void note_instance_dict_exposed(TypeObj* t) {
    if (t->inst_names_unknown) return;
    t->inst_names_unknown = true;
    t->inst_names.clear();
    t->inst_names.shrink_to_fit();
    t->vtag = ++g_dict_version; // the caches' proofs that no instance shadows a method end
}

void note_instance_name(Interp& I, TypeObj* t, StrObj* name, bool on_class) {
    if (t->inst_names_unknown) return;
    for (StrObj* s : t->inst_names)
        if (s == name) return;
    if (!name->interned) {
        name = I.intern(name->s);
        for (StrObj* s : t->inst_names)
            if (s == name) return;
    }
    if (t->inst_names.size() >= 64) return note_instance_dict_exposed(t); // a namespace
    t->inst_names.push_back(name);
    if (on_class) t->vtag = ++g_dict_version; // an instance shadows a class attribute
}

Value type_lookup_cached(TypeObj* type, StrObj* name) {
    TypeObj* owner;
    return type_lookup_owner(type, name, &owner);
}

// `list.append` accessed on the class: a native whose first argument is the instance. Its
// `self` is the method it wraps, `data` the owning type (for the repr).
static Value unbound_native_call(Interp& I, Value self, const CallArgs& a) {
    auto* m = as<NativeFunctionObj>(self);
    if (a.nargs < 1) {
        return raise_type_error(I, "unbound method " + m->name->s + "() needs an argument");
    }
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames};
    if (m->number_method) {
        // int.bit_length(x), float.is_integer(x): x must be an int / a float (or a subclass's)
        TypeObj* owner = m->number_method == 1 ? I.t.int_ : I.t.float_;
        Value n = number_value(a.args[0]);
        if (!isinstance(I, a.args[0], owner) ||
            !(owner == I.t.int_ ? is_int(I, n) : n.is_float())) {
            // slot wrappers (int.__add__) and method descriptors (int.bit_length) word it apart
            bool slot = m->name->s.compare(0, 2, "__") == 0;
            return raise_type_error(
                I, "descriptor '" + m->name->s + (slot ? "' requires a '" : "' for '") +
                       owner->name->s +
                       (slot ? "' object but received a '" : "' objects doesn't apply to a '") +
                       type_name(I, a.args[0]) + (slot ? "'" : "' object"));
        }
    }
    return call_native(I, m, a.args[0], rest);
}

bool is_unbound_native(Value v) {
    return is_kind(v, Kind::NativeFunction) && as<NativeFunctionObj>(v)->fn == unbound_native_call;
}

static Value bind_native(Interp& I, NativeFunctionObj* f, Value self) {
    auto* b = I.alloc<NativeFunctionObj>(I.t.builtin_function, f->fn, f->name);
    b->self = self;
    b->data = f->data;
    b->number_method = f->number_method;
    return Value::object(b);
}

static bool has_descr_get(Interp& I, Value attr, Value* getter) {
    if (!is_kind(attr, Kind::Instance)) return false;
    TypeObj* t = attr.o->type;
    if (t->is_builtin) return false;
    *getter = type_lookup_cached(t, I.n.__get__);
    return !getter->is_undef();
}

static Value property_get(Interp& I, PropertyObj* p, Value obj, StrObj* name) {
    if (p->fget.is_none() || p->fget.is_undef()) {
        return raise(I, I.t.AttributeError,
                     "property '" + (name ? name->s : std::string("?")) + "' of '" +
                         type_name(I, obj) + "' object has no getter");
    }
    return call(I, p->fget, std::span<const Value>(&obj, 1));
}

Value bind_attribute(Interp& I, Value attr, Value obj, TypeObj* type) {
    if (!attr.is_obj()) return attr;
    switch (attr.o->kind) {
        case Kind::Function:
            if (obj.is_undef()) return attr;
            return Value::object(I.alloc<BoundMethodObj>(I.t.method, attr, obj));
        case Kind::StaticMethod: return as<MethodWrapperObj>(attr)->func;
        case Kind::ClassMethod:
            return Value::object(I.alloc<BoundMethodObj>(
                I.t.method, as<MethodWrapperObj>(attr)->func, Value::object(type)));
        case Kind::Property:
            if (obj.is_undef()) return attr;
            return property_get(I, as<PropertyObj>(attr), obj, nullptr);
        case Kind::Instance: {
            Value getter;
            if (!has_descr_get(I, attr, &getter)) return attr;
            Value args[2] = {obj.is_undef() ? Value::none() : obj, Value::object(type)};
            return call_bound(I, getter, attr, std::span<const Value>(args, 2));
        }
        default: return attr;
    }
}

// Binding for an attribute found on `owner` in the MRO of obj's type.
static Value bind_found(Interp& I, Value attr, TypeObj* owner, Value obj, TypeObj* type,
                        StrObj* name) {
    if (is_kind(attr, Kind::NativeFunction) && as<NativeFunctionObj>(attr)->self.is_undef() &&
        (owner->is_builtin || as<NativeFunctionObj>(attr)->is_method)) {
        if (obj.is_undef()) {
            auto* w = I.alloc<NativeFunctionObj>(I.t.builtin_function, unbound_native_call,
                                                 as<NativeFunctionObj>(attr)->name);
            w->self = attr;
            w->data = Value::object(owner);
            return Value::object(w);
        }
        return bind_native(I, as<NativeFunctionObj>(attr), obj);
    }
    // `__str__ = object.__str__` in a class body: the builtin's method binds to the instance
    // (a method descriptor's __get__ in CPython)
    if (is_unbound_native(attr) && !obj.is_undef())
        return Value::object(I.alloc<BoundMethodObj>(I.t.method, attr, obj));
    if (is_kind(attr, Kind::Property) && !obj.is_undef())
        return property_get(I, as<PropertyObj>(attr), obj, name);
    return bind_attribute(I, attr, obj, type);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Special attributes
// ---------------------------------------------------------------------------------------------

DictObj* new_instance_dict(Interp& I, TypeObj* t) {
    DictObj* d = new_dict(I);
    if (t->attrs_seen) d->entries.reserve(t->attrs_seen);
    return d;
}

DictObj** instance_dict_slot(Interp& I, Value obj) {
    if (!obj.is_obj()) return nullptr;
    switch (obj.o->kind) {
        case Kind::Instance: inst_dict(I, static_cast<InstanceObj*>(obj.o)); [[fallthrough]];
        case Kind::Exception: return &static_cast<InstanceObj*>(obj.o)->dict;
        case Kind::Function: return &static_cast<FunctionObj*>(obj.o)->dict;
        case Kind::Native: return &static_cast<NativeObj*>(obj.o)->dict;
        case Kind::Dict:
        case Kind::List:
        case Kind::Tuple:
        case Kind::Set:
        case Kind::Str: return obj.o->type->is_builtin ? nullptr : obj.o->attr_slot();
        default: return nullptr;
    }
}

// Instances of builtin types with an Instance layout (object(), NotImplemented) have no dict.
static bool can_have_dict(Value obj) {
    if (!obj.is_obj()) return false;
    Obj* o = obj.o;
    if (o->kind == Kind::Instance) return !o->type->is_builtin && !o->type->slots_only;
    if (o->kind == Kind::Native) return static_cast<NativeObj*>(o)->dict != nullptr;
    if (!o->type->is_builtin && o->attr_slot()) return true; // class C(dict)
    return o->kind == Kind::Exception || o->kind == Kind::Function;
}

// A name listed in the __slots__ of `t` or a base (slots_only classes keep them in the dict),
// private names mangled by the class that lists them.
static bool in_slots(Interp& I, TypeObj* t, StrObj* name) {
    for (TypeObj* m : t->mro) {
        Value slots = dict_get_str(m->dict, I.intern("__slots__"));
        if (slots.is_undef()) continue;
        if (is_str(slots)) {
            if (mangle_private_name(m->name->s, str_view(slots)) == name->s) return true;
            continue;
        }
        if (is_kind(slots, Kind::Tuple) || is_kind(slots, Kind::List)) {
            const auto& items = is_kind(slots, Kind::Tuple) ? as<TupleObj>(slots)->items
                                                            : as<ListObj>(slots)->items;
            for (Value v : items)
                if (is_str(v) && mangle_private_name(m->name->s, str_view(v)) == name->s)
                    return true;
        }
    }
    return false;
}

// Exception fields: data descriptors in CPython, so they win over the instance dict.
static Value exception_attr(Interp& I, ExceptionObj* e, StrObj* name) {
    const Names& n = I.n;
    if (name == n.args) return Value::object(e->args);
    if (name == n.__cause__) return e->cause;
    if (name == n.__context__) return e->context;
    if (name == n.__suppress_context__) return Value::boolean(e->suppress_context);
    if (name == n.__traceback__) return exception_traceback(I, e);
    if (name == n.__notes__) {
        if (e->notes.empty()) return Value::undef();
        return new_list(I, e->notes);
    }
    if (is_subtype(e->type, I.t.BaseExceptionGroup)) {
        if (name->s == "exceptions") return new_tuple(I, e->group);
        if (name->s == "message") return e->group_message;
    }
    return Value::undef();
}

static Value name_tuple(Interp& I, const std::vector<StrObj*>& names) {
    std::vector<Value> items;
    for (StrObj* s : names) items.push_back(Value::object(s));
    return new_tuple(I, std::move(items));
}

// The read-only co_* attributes of a code object that do not depend on the bytecode's shape.
static Value code_attribute(Interp& I, CodeObj* c, const std::string& s) {
    if (s == "co_name") return Value::object(c->name);
    if (s == "co_qualname") return Value::object(c->qualname ? c->qualname : c->name);
    if (s == "co_filename") return Value::object(c->filename);
    if (s == "co_firstlineno") return Value::integer(c->firstlineno);
    if (s == "co_argcount") return Value::integer(c->argcount);
    if (s == "co_posonlyargcount") return Value::integer(c->posonlyargcount);
    if (s == "co_kwonlyargcount") return Value::integer(c->kwonlyargcount);
    if (s == "co_nlocals") return Value::integer(int64_t(c->varnames.size()));
    if (s == "co_varnames") return name_tuple(I, c->varnames);
    if (s == "co_cellvars") return name_tuple(I, c->cellnames);
    if (s == "co_freevars") return name_tuple(I, c->freenames);
    return Value::undef();
}

static Value special_attr(Interp& I, Value obj, StrObj* name) {
    const Names& n = I.n;
    if (name == n.__class__) return Value::object(type_of(I, obj));
    if (!obj.is_obj()) return Value::undef();
    Obj* o = obj.o;
    if (name == n.__dict__) {
        DictObj** slot = instance_dict_slot(I, obj);
        if (slot && can_have_dict(obj)) {
            if (!*slot) *slot = new_dict(I);
            if (o->kind == Kind::Instance) note_instance_dict_exposed(o->type);
            return Value::object(*slot);
        }
    }
    switch (o->kind) {
        case Kind::Function: {
            auto* f = static_cast<FunctionObj*>(o);
            if (name == n.__name__) return Value::object(f->name);
            if (name == n.__qualname__) return Value::object(f->qualname);
            if (name == n.__doc__) return f->doc.is_undef() ? Value::none() : f->doc;
            if (name == n.__module__) {
                Value m = dict_get_str(f->globals, n.__name__);
                return m.is_undef() ? Value::none() : m;
            }
            if (name->s == "__defaults__") {
                if (f->defaults.empty()) return Value::none();
                return new_tuple(I, f->defaults);
            }
            if (name->s == "__kwdefaults__")
                return f->kwdefaults ? Value::object(f->kwdefaults) : Value::none();
            if (name == n.__annotations__) { // made on first use when the def had none
                if (!f->dict) f->dict = new_dict(I);
                Value ann = dict_get_str(f->dict, n.__annotations__);
                if (ann.is_undef()) {
                    ann = Value::object(new_dict(I));
                    dict_set_str(I, f->dict, n.__annotations__, ann);
                }
                return ann;
            }
            if (name->s == "__globals__") return Value::object(f->globals);
            if (name->s == "__code__") return Value::object(f->code);
            if (name->s == "__closure__") {
                if (f->closure.empty()) return Value::none();
                std::vector<Value> cells;
                for (CellObj* c : f->closure) cells.push_back(Value::object(c));
                return new_tuple(I, std::move(cells));
            }
            break;
        }
        case Kind::Code: {
            auto* c = static_cast<CodeObj*>(o);
            return code_attribute(I, c, name->s);
        }
        case Kind::NativeFunction: {
            auto* f = static_cast<NativeFunctionObj*>(o);
            if (name == n.__name__ || name == n.__qualname__) return Value::object(f->name);
            if (name == n.__doc__) return Value::none();
            if (name->s == "__self__") return f->self.is_undef() ? Value::none() : f->self;
            if (name == n.__module__) return Value::none();
            break;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethodObj*>(o);
            if (name->s == "__self__") return m->self;
            if (name->s == "__func__") return m->func;
            // Other attributes come from the function (as method_getattro).
            return getattr_opt(I, m->func, name);
        }
        case Kind::Generator: {
            auto* g = static_cast<GenObj*>(o);
            if (name == n.__name__) return Value::object(g->name);
            if (name == n.__qualname__) return Value::object(g->qualname);
            const StrText& s = name->s;
            if (s == "gi_running" || s == "cr_running" || s == "ag_running")
                return Value::boolean(g->running);
            if (s == "gi_frame" || s == "cr_frame" || s == "ag_frame") return Value::none();
            if (s == "gi_suspended" || s == "cr_suspended")
                return Value::boolean(g->frame && g->started && !g->running);
            break;
        }
        case Kind::Exception: break;
        case Kind::Module: {
            auto* m = static_cast<ModuleObj*>(o);
            if (name == n.__dict__) return Value::object(m->dict);
            if (name == n.__name__) return Value::object(m->name);
            break;
        }
        case Kind::Property: {
            if (is_member_descriptor(o)) return member_descriptor_attr(I, o, name);
            auto* p = static_cast<PropertyObj*>(o);
            if (name->s == "fget") return p->fget;
            if (name->s == "fset") return p->fset;
            if (name->s == "fdel") return p->fdel;
            if (name == n.__doc__) return p->doc;
            break;
        }
        case Kind::StaticMethod:
        case Kind::ClassMethod:
            if (name->s == "__func__" || name->s == "__wrapped__")
                return static_cast<MethodWrapperObj*>(o)->func;
            break;
        case Kind::Slice: {
            auto* s = static_cast<SliceObj*>(o);
            if (name->s == "start") return s->start;
            if (name->s == "stop") return s->stop;
            if (name->s == "step") return s->step;
            break;
        }
        case Kind::Range: {
            auto* r = static_cast<RangeObj*>(o);
            if (name->s == "start") return Value::integer(r->start);
            if (name->s == "stop") return Value::integer(r->stop);
            if (name->s == "step") return Value::integer(r->step);
            break;
        }
        case Kind::Cell:
            if (name->s == "cell_contents") {
                Value v = static_cast<CellObj*>(o)->value;
                if (v.is_undef()) return raise_value_error(I, "Cell is empty");
                return v;
            }
            break;
        default: break;
    }
    return Value::undef();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] getattr
// ---------------------------------------------------------------------------------------------

std::string type_module(Interp& I, TypeObj* t) {
    Value m = dict_get_str(t->dict, I.n.__module__);
    if (is_str(m)) return std::string(str_view(m));
    return t->is_builtin ? "builtins" : "__main__";
}

// type.__name__. A class named '<its __module__>.<name>' (the standard modules written in Python
// name theirs so, e.g. 'datetime.date', for messages to read as CPython's C types' tp_name) has
// the part after the dot as its __name__, as those C types have.
static Value type_short_name(Interp& I, TypeObj* t) {
    const StrText& s = t->name->s;
    size_t dot = s.rfind('.');
    if (dot == std::string::npos || t->is_builtin) return Value::object(t->name);
    Value mod = dict_get_str(t->dict, I.n.__module__);
    if (!is_str(mod) || str_view(mod) != std::string_view(s).substr(0, dot))
        return Value::object(t->name);
    return I.str(std::string_view(s).substr(dot + 1));
}

static Value type_getattr(Interp& I, TypeObj* t, StrObj* name) {
    const Names& n = I.n;
    TypeObj* meta = t->type;
    TypeObj* mowner = nullptr;
    Value mattr = meta == I.t.type ? Value::undef() : lookup_owner(meta, name, &mowner);
    if (is_kind(mattr, Kind::Property))
        return property_get(I, as<PropertyObj>(mattr), Value::object(t), name);
    if (name == n.__name__) return type_short_name(I, t);
    if (name == n.__qualname__) return Value::object(t->qualname);
    if (name == n.__class__) return Value::object(meta);
    if (name->s == "__mro__") {
        std::vector<Value> v;
        for (TypeObj* m : t->mro) v.push_back(Value::object(m));
        return new_tuple(I, std::move(v));
    }
    if (name->s == "__bases__") {
        std::vector<Value> v;
        for (TypeObj* b : t->bases) v.push_back(Value::object(b));
        return new_tuple(I, std::move(v));
    }
    if (name->s == "__base__") return t->bases.empty() ? Value::none() : Value::object(t->bases[0]);
    if (name == n.__dict__) return Value::object(t->dict);
    if (name == n.__module__) return I.str(type_module(I, t));
    TypeObj* owner = nullptr;
    Value attr = type_lookup_owner(t, name, &owner);
    if (!attr.is_undef()) return bind_found(I, attr, owner, Value::undef(), t, name);
    if (name == n.__doc__) return Value::none();
    if (mattr.is_undef()) mattr = lookup_owner(meta, name, &mowner);
    if (!mattr.is_undef()) return bind_found(I, mattr, mowner, Value::object(t), meta, name);
    return Value::undef();
}

static Value super_getattr(Interp& I, SuperObj* s, StrObj* name) {
    if (name == I.n.__class__) return Value::object(s->type);
    const auto& mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->start) ++i;
    for (++i; i < mro.size(); ++i) {
        Value attr = dict_get_str(mro[i]->dict, name);
        if (attr.is_undef()) continue;
        // super() in a classmethod: obj is the class itself.
        bool obj_is_class = is_kind(s->obj, Kind::Type) && s->obj.o == s->obj_type;
        if (obj_is_class) {
            if (is_kind(attr, Kind::ClassMethod))
                return Value::object(
                    I.alloc<BoundMethodObj>(I.t.method, as<MethodWrapperObj>(attr)->func, s->obj));
            return bind_found(I, attr, mro[i], Value::undef(), s->obj_type, name);
        }
        return bind_found(I, attr, mro[i], s->obj, s->obj_type, name);
    }
    return Value::undef();
}

// The attribute or Undef (no exception) when absent; Error when a getter failed.
// The generic protocol (object.__getattribute__); `hooks` adds the class's own
// __getattribute__ and the __getattr__ fallback.
static Value lookup_attr(Interp& I, Value obj, StrObj* name, bool hooks = true);

// A class defining __getattribute__: call it; on AttributeError fall back to __getattr__.
static Value user_getattribute(Interp& I, Value obj, StrObj* name, Value ga) {
    Value arg = Value::object(name);
    Value r = call_bound(I, ga, obj, std::span<const Value>(&arg, 1));
    if (r.is_error() && isinstance(I, I.exc, I.t.AttributeError)) {
        Value fb = type_lookup_cached(obj.o->type, I.n.__getattr__);
        if (!fb.is_undef()) {
            I.exc = Value::none();
            return call_bound(I, fb, obj, std::span<const Value>(&arg, 1));
        }
    }
    return r;
}

// A getter's AttributeError (a property, an unset slot): the class's __getattr__ answers instead
// (as slot_tp_getattr_hook); any other error is kept.
static Value getattr_fallback(Interp& I, Value obj, TypeObj* tp, StrObj* name, Value r) {
    if (tp->is_builtin || !isinstance(I, I.exc, I.t.AttributeError)) return r;
    Value fb = type_lookup_cached(tp, I.n.__getattr__);
    if (fb.is_undef()) return r;
    I.exc = Value::none();
    Value arg = Value::object(name);
    return call_bound(I, fb, obj, std::span<const Value>(&arg, 1));
}

// A class attribute the generic protocol returns unchanged (bind_found leaves it as it is), or
// Undef; staticmethods unwrap.
static Value unbound_class_value(Value attr, bool functions) {
    if (!attr.is_obj()) return attr;
    switch (attr.o->kind) {
        case Kind::NativeFunction:
        case Kind::ClassMethod:
        case Kind::Property:
        case Kind::Instance: // (its class may have or gain a __get__)
        case Kind::Exception: return Value::undef();
        case Kind::Function: return functions ? attr : Value::undef();
        case Kind::StaticMethod: return as<MethodWrapperObj>(attr)->func;
        default: return attr;
    }
}

// Whether no instance of `t` has `name` in its dict: none ever stored it (and `d` lacks it).
static bool instances_lack(TypeObj* t, StrObj* name, InstanceObj* o) {
    if (t->inst_names_unknown) return false;
    for (StrObj* s : t->inst_names)
        if (s == name) return false;
    return inst_get(o, name).is_undef();
}

static void attr_cache_put(CodeObj::AttrCache& c, const CodeObj::AttrEntry& e) {
    // the same receiver with an older key: refresh its way
    for (CodeObj::AttrEntry& w : c.ways) {
        if (w.type == e.type && w.version % 4 == e.version % 4 && w.version) {
            w = e;
            return;
        }
    }
    c.ways[c.next] = e;
    c.next = uint8_t((c.next + 1) % CodeObj::AttrCache::kWays);
}

// Whether a class attribute may be a data descriptor, now or later (an instance of a class
// that has or may gain __set__): the instance dict does not win over it.
static bool maybe_data_descriptor(Value descr) {
    return is_kind(descr, Kind::Property) ||
           (is_kind(descr, Kind::Instance) && !descr.o->type->is_builtin);
}

static bool instance_cacheable(Interp& I, Obj* o, StrObj* name) {
    TypeObj* t = o->type;
    return !t->is_builtin && !t->slots_only && name->interned && name != I.n.__class__ &&
           name != I.n.__dict__;
}

// What lookup_attr answers for an instance of a class, a class whose metaclass is type, or a
// module, where the answer is one of AttrKind's.
void attr_cache_fill_load(Interp& I, Value obj, StrObj* name, CodeObj::AttrCache& c) {
    if (!obj.is_obj() || !name->interned) return;
    Obj* o = obj.o;
    CodeObj::AttrEntry e;
    if (o->kind == Kind::Instance) {
        TypeObj* t = o->type;
        if (!instance_cacheable(I, o, name) || has_user_getattribute(I, t)) return;
        Value descr = type_lookup_cached(t, name);
        auto* in = static_cast<InstanceObj*>(o);
        DictObj* d = in->dict;
        // the instance's own value wins over a class attribute that is no data descriptor
        bool own = !maybe_data_descriptor(descr);
        int64_t pos = own && d ? dict_find_str(d, name) : -1;
        SplitObj* sp = as_split(o);
        int32_t idx = own && sp && sp->split ? shared_index(t, name, sp->nvals) : -1;
        if (idx >= 0) {
            e.kind = AttrKind::InstanceSlot;
            e.index = uint32_t(idx);
        } else if (pos >= 0) {
            e.kind = AttrKind::InstanceValue;
            e.index = uint32_t(pos);
        } else if (is_kind(descr, Kind::Property)) {
            Value fget = as<PropertyObj>(descr)->fget;
            if (!is_kind(fget, Kind::Function) ||
                (as<FunctionObj>(fget)->code->flags &
                 (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
                return;
            e.kind = AttrKind::Property;
            e.value = fget;
        } else if (is_kind(descr, Kind::NativeFunction) &&
                   as<NativeFunctionObj>(descr)->is_method &&
                   as<NativeFunctionObj>(descr)->self.is_undef()) {
            // a native method set on a Python class (asyncio's fast paths): LOAD_METHOD calls
            // it with obj as self, as a builtin type's (LOAD_ATTR binds it the generic way)
            if (!instances_lack(t, name, in)) return;
            e.kind = AttrKind::NativeMethod;
            e.value = descr;
        } else {
            Value v = unbound_class_value(descr, true);
            if (v.is_undef() || !instances_lack(t, name, in)) return;
            e.kind = is_kind(descr, Kind::Function) ? AttrKind::Method : AttrKind::ClassValue;
            e.value = v;
        }
    } else if (o->kind == Kind::Type) {
        const Names& n = I.n;
        if (o->type != I.t.type || name == n.__name__ || name == n.__qualname__ ||
            name == n.__class__ || name == n.__dict__ || name == n.__module__ ||
            name->s == "__mro__" || name->s == "__bases__" || name->s == "__base__")
            return;
        Value v = unbound_class_value(type_lookup_cached(static_cast<TypeObj*>(o), name), true);
        if (v.is_undef()) return;
        e.kind = AttrKind::TypeValue;
        e.value = v;
    } else if (o->kind == Kind::Module && o->type->is_builtin) {
        int64_t pos = dict_find_str(static_cast<ModuleObj*>(o)->dict, name);
        if (pos < 0) return;
        e.kind = AttrKind::ModuleValue;
        e.index = uint32_t(pos);
    } else {
        return;
    }
    e.version = attr_cache_key(o, &e.type);
    attr_cache_put(c, e);
}

void attr_cache_fill_native(Value obj, Value m, CodeObj::AttrCache& c) {
    CodeObj::AttrEntry e;
    if (obj.tag != Tag::Obj || !(e.version = attr_cache_key(obj.o, &e.type))) return;
    if (e.version % 4 != 3) return; // (a builtin type's object)
    e.kind = AttrKind::NativeMethod;
    e.value = m;
    attr_cache_put(c, e);
}

// Where the instance dict holds `name`, when the generic protocol writes it there: no
// __setattr__ of the class, no data descriptor of that name on the class.
void attr_cache_fill_store(Interp& I, Value obj, StrObj* name, CodeObj::AttrCache& c) {
    if (!obj.is_obj() || obj.o->kind != Kind::Instance || !instance_cacheable(I, obj.o, name))
        return;
    TypeObj* t = obj.o->type;
    auto* in = static_cast<InstanceObj*>(obj.o);
    DictObj* d = in->dict;
    SplitObj* sp = as_split(in);
    const bool split = sp && sp->split;
    if ((!d && !split) || has_user_setattr(I, t) ||
        maybe_data_descriptor(type_lookup_cached(t, name)))
        return;
    CodeObj::AttrEntry e;
    int64_t pos = split ? shared_index(t, name, sp->nvals) : dict_find_str(d, name);
    if (pos < 0) return;
    e.kind = split ? AttrKind::InstanceSlot : AttrKind::InstanceValue;
    e.index = uint32_t(pos);
    e.version = attr_cache_key(obj.o, &e.type);
    attr_cache_put(c, e);
}

void refresh_type_hooks(Interp& I, TypeObj* t) {
    t->user_getattribute = is_kind(type_lookup_cached(t, I.n.__getattribute__), Kind::Function);
    t->user_setattr = is_kind(type_lookup_cached(t, I.n.__setattr__), Kind::Function);
    t->user_del = is_kind(type_lookup_cached(t, I.intern("__del__")), Kind::Function);
    t->hooks_epoch = type_version(t);
}

static Value lookup_attr(Interp& I, Value obj, StrObj* name, bool hooks) {
    if (hooks && obj.is_obj() && !obj.o->type->is_builtin && obj.o->kind != Kind::Type) {
        if (has_user_getattribute(I, obj.o->type)) {
            Value ga = type_lookup_cached(obj.o->type, I.n.__getattribute__);
            return user_getattribute(I, obj, name, ga);
        }
    }
    if (obj.is_obj()) {
        switch (obj.o->kind) {
            case Kind::Type: {
                Value v = type_getattr(I, as<TypeObj>(obj), name);
                if (!v.is_undef() || !hooks || obj.o->type == I.t.type) return v;
                // A metaclass's __getattr__: the fallback for the class's missing attributes.
                Value ga = type_lookup_cached(obj.o->type, I.n.__getattr__);
                if (ga.is_undef()) return v;
                Value arg = Value::object(name);
                return call_bound(I, ga, obj, std::span<const Value>(&arg, 1));
            }
            case Kind::Module: {
                Value v = dict_get_str(as<ModuleObj>(obj)->dict, name);
                if (!v.is_undef()) return v;
                break;
            }
            case Kind::Super: return super_getattr(I, as<SuperObj>(obj), name);
            case Kind::Exception: {
                Value v = exception_attr(I, as<ExceptionObj>(obj), name);
                if (!v.is_undef()) return v;
                break;
            }
            default: break;
        }
    }
    TypeObj* tp = type_of(I, obj);
    if (tp->is_builtin && obj.is_obj()) {
        // Fields of functions, methods, generators... are data descriptors in CPython: they
        // win over the type dict (which holds the type's own __name__).
        Kind k = obj.o->kind;
        if (k == Kind::Function || k == Kind::NativeFunction || k == Kind::BoundMethod ||
            k == Kind::Generator || k == Kind::Module || k == Kind::Property ||
            k == Kind::StaticMethod || k == Kind::ClassMethod) {
            Value sp = special_attr(I, obj, name);
            if (!sp.is_undef()) return sp;
        }
    }
    TypeObj* owner = nullptr;
    Value descr = type_lookup_owner(tp, name, &owner);
    if (!descr.is_undef() && descr.is_obj()) {
        if (descr.o->kind == Kind::Property) {
            Value r = property_get(I, as<PropertyObj>(descr), obj, name);
            return r.is_error() && hooks ? getattr_fallback(I, obj, tp, name, r) : r;
        }
        if (descr.o->kind == Kind::Instance && !descr.o->type->is_builtin) {
            // data descriptor: a class with __get__ and __set__ / __delete__
            TypeObj* dt = descr.o->type;
            Value getter = type_lookup_cached(dt, I.n.__get__);
            if (!getter.is_undef() && (!type_lookup_cached(dt, I.n.__set__).is_undef() ||
                                       !type_lookup_cached(dt, I.n.__delete__).is_undef())) {
                Value args[2] = {obj, Value::object(tp)};
                Value r = call_bound(I, getter, descr, std::span<const Value>(args, 2));
                return r.is_error() && hooks ? getattr_fallback(I, obj, tp, name, r) : r;
            }
        }
    }
    if (obj.is_obj() && obj.o->kind == Kind::Instance) {
        Value v = inst_get(static_cast<InstanceObj*>(obj.o), name);
        if (!v.is_undef()) return v;
    } else if (DictObj** slot = instance_dict_slot(I, obj)) {
        if (*slot) {
            Value v = dict_get_str(*slot, name);
            if (!v.is_undef()) return v;
        }
    }
    if (!descr.is_undef()) return bind_found(I, descr, owner, obj, tp, name);
    Value sp = special_attr(I, obj, name);
    if (!sp.is_undef()) return sp;
    if (hooks && !tp->is_builtin) {
        Value ga = type_lookup_cached(tp, I.n.__getattr__);
        if (!ga.is_undef()) {
            Value arg = Value::object(name);
            return call_bound(I, ga, obj, std::span<const Value>(&arg, 1));
        }
    }
    return Value::undef();
}

FunctionObj* inline_property_getter(Interp& I, Value obj, StrObj* name) {
    // lookup_attr's way for an instance of a class, as far as its property branch
    if (!obj.is_obj() || obj.o->kind != Kind::Instance) return nullptr;
    TypeObj* tp = obj.o->type;
    if (tp->is_builtin || has_user_getattribute(I, tp)) return nullptr;
    TypeObj* owner = nullptr;
    Value descr = type_lookup_owner(tp, name, &owner);
    if (!is_kind(descr, Kind::Property)) return nullptr;
    Value fget = as<PropertyObj>(descr)->fget;
    if (!is_kind(fget, Kind::Function)) return nullptr;
    auto* fn = as<FunctionObj>(fget);
    if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return nullptr;
    return fn;
}

FunctionObj* inline_getattr_fallback(Interp& I, Value obj, StrObj* name, Value* out) {
    // getattr's way for an instance of a class without a __getattribute__ of its own: the
    // generic lookup, then a plain Python __getattr__ for the VM to run
    if (obj.is_obj() && obj.o->kind == Kind::Instance && !obj.o->type->is_builtin &&
        !has_user_getattribute(I, obj.o->type)) {
        Value v = lookup_attr(I, obj, name, false);
        Value ga = type_lookup_cached(obj.o->type, I.n.__getattr__);
        // a getter's AttributeError (a property, an unset slot) also goes to __getattr__
        bool getter_failed =
            v.is_error() && !ga.is_undef() && isinstance(I, I.exc, I.t.AttributeError);
        if (getter_failed) I.exc = Value::none();
        if (!v.is_undef() && !getter_failed) {
            *out = v;
            return nullptr;
        }
        if (is_kind(ga, Kind::Function) && !(as<FunctionObj>(ga)->code->flags &
                                             (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
            return as<FunctionObj>(ga);
        // (nothing found: the generic lookup again finds nothing and reaches the fallback)
    }
    *out = getattr(I, obj, name);
    return nullptr;
}

Value getattr(Interp& I, Value obj, StrObj* name) {
    Value v = lookup_attr(I, obj, name);
    if (v.is_undef()) {
        raise_attribute_error(I, obj, name);
        // CPython 3.11 adds "Did you mean: 'x'?" when printing the traceback.
        if (is_kind(I.exc, Kind::Exception))
            as<ExceptionObj>(I.exc)->suggestion = attribute_error_suggestion(I, obj, name->s);
        return Value::error();
    }
    return v;
}

Value generic_getattr(Interp& I, Value obj, StrObj* name) {
    Value v = lookup_attr(I, obj, name, false);
    if (v.is_undef()) return raise_attribute_error(I, obj, name);
    return v;
}

Value getattr_opt(Interp& I, Value obj, StrObj* name) {
    Value v = lookup_attr(I, obj, name);
    if (v.is_error() && isinstance(I, I.exc, I.t.AttributeError)) {
        I.exc = Value::none();
        return Value::undef();
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] setattr / delattr
// ---------------------------------------------------------------------------------------------

static bool attr_error(Interp& I, Value obj, StrObj* name) {
    raise_attribute_error(I, obj, name);
    return false;
}

static bool read_only(Interp& I, Value obj, StrObj* name) {
    if (!type_lookup_cached(type_of(I, obj), name).is_undef()) {
        raise(I, I.t.AttributeError,
              "'" + type_name(I, obj) + "' object attribute '" + name->s + "' is read-only");
        return false;
    }
    return attr_error(I, obj, name);
}

static bool set_exception_field(Interp& I, ExceptionObj* e, StrObj* name, Value v, bool* done) {
    *done = true;
    const Names& n = I.n;
    if (name == n.args) {
        std::vector<Value> items;
        if (!collect(I, v, items)) return false;
        e->args = as<TupleObj>(new_tuple(I, std::move(items)));
        return true;
    }
    if (name == n.__cause__ || name == n.__context__) {
        if (!v.is_none() && !isinstance(I, v, I.t.BaseException)) {
            raise_type_error(I, "exception cause must be None or derive from BaseException");
            return false;
        }
        if (name == n.__cause__) {
            e->cause = v;
            e->suppress_context = true;
        } else {
            e->context = v;
        }
        return true;
    }
    if (name == n.__suppress_context__) {
        int t = truthy(I, v);
        if (t < 0) return false;
        e->suppress_context = t != 0;
        return true;
    }
    if (name == n.__traceback__) return set_exception_traceback(I, e, v);
    if (name == n.__notes__) {
        e->notes.clear();
        return collect(I, v, e->notes);
    }
    *done = false;
    return true;
}

// The builtin type whose instances' layout a class shares (object for plain classes).
static TypeObj* solid_base(TypeObj* t) {
    while (!t->is_builtin && !t->bases.empty()) t = t->bases[0];
    return t;
}

// obj.__class__ = v, as CPython's object_set_class: only between classes of the program whose
// instances have the same layout.
static bool set_class(Interp& I, Value obj, Value v) {
    if (!is_kind(v, Kind::Type)) {
        raise_type_error(I,
                         "__class__ must be set to a class, not '" + type_name(I, v) + "' object");
        return false;
    }
    TypeObj* from = type_of(I, obj);
    TypeObj* to = as<TypeObj>(v);
    if (!obj.is_obj() || from->is_builtin || to->is_builtin) {
        raise_type_error(I, "__class__ assignment only supported for mutable types or ModuleType "
                            "subclasses");
        return false;
    }
    if (solid_base(from) != solid_base(to) || from->layout != to->layout) {
        raise_type_error(I, "__class__ assignment: '" + to->name->s +
                                "' object layout differs from '" + from->name->s + "'");
        return false;
    }
    // (a split instance's values follow the keys of its class)
    if (obj.o->kind == Kind::Instance) inst_dict(I, static_cast<InstanceObj*>(obj.o));
    obj.o->type = to;
    // the instance brings its names along (the caches' proofs about `to`'s instances)
    if (obj.o->kind == Kind::Instance) {
        DictObj* d = static_cast<InstanceObj*>(obj.o)->dict;
        if (from->inst_names_unknown) note_instance_dict_exposed(to);
        for (size_t i = 0; d && i < d->entries.size(); ++i) {
            Value k = d->entries[i].key();
            if (k.is_undef()) continue;
            if (!is_str(k)) {
                note_instance_dict_exposed(to);
                break;
            }
            note_instance_name(I, to, as_str(k), true);
        }
    }
    return true;
}

// object.__setattr__: the generic protocol without a user __setattr__.
bool generic_setattr(Interp& I, Value obj, StrObj* name, Value v) {
    TypeObj* tp = type_of(I, obj);
    if (is_kind(obj, Kind::Type)) {
        TypeObj* t = as<TypeObj>(obj);
        if (t->is_builtin) {
            raise_type_error(I, "cannot set '" + name->s + "' attribute of immutable type '" +
                                    t->name->s + "'");
            return false;
        }
        if (name == I.n.__name__ && is_str(v)) t->name = as_str(v);
        if (name == I.n.__qualname__ && is_str(v)) t->qualname = as_str(v);
        dict_set_str(I, t->dict, name, v);
        return true;
    }
    if (is_kind(obj, Kind::Module)) {
        dict_set_str(I, as<ModuleObj>(obj)->dict, name, v);
        return true;
    }
    Value descr = type_lookup_cached(tp, name);
    if (is_kind(descr, Kind::Property)) {
        auto* p = as<PropertyObj>(descr);
        if (p->fset.is_none() || p->fset.is_undef()) {
            if (tp->is_builtin) {
                // a getset descriptor of a builtin type (int.real, ...)
                raise(I, I.t.AttributeError,
                      "attribute '" + name->s + "' of '" + tp->name->s +
                          "' objects is not writable");
                return false;
            }
            raise(I, I.t.AttributeError,
                  "property '" + name->s + "' of '" + tp->name->s + "' object has no setter");
            return false;
        }
        Value args[2] = {obj, v};
        return !call(I, p->fset, std::span<const Value>(args, 2)).is_error();
    }
    if (is_kind(descr, Kind::Instance) && !descr.o->type->is_builtin) {
        Value setter = type_lookup_cached(descr.o->type, I.n.__set__);
        if (!setter.is_undef()) {
            Value args[2] = {obj, v};
            return !call_bound(I, setter, descr, std::span<const Value>(args, 2)).is_error();
        }
    }
    if (is_kind(obj, Kind::Exception)) {
        bool done = false;
        if (!set_exception_field(I, as<ExceptionObj>(obj), name, v, &done)) return false;
        if (done) return true;
    }
    if (is_kind(obj, Kind::Function)) {
        auto* f = as<FunctionObj>(obj);
        if (name == I.n.__name__ || name == I.n.__qualname__) {
            if (!is_str(v)) {
                raise_type_error(I, "__name__ must be set to a string object");
                return false;
            }
            (name == I.n.__name__ ? f->name : f->qualname) = as_str(v);
            return true;
        }
        if (name == I.n.__doc__) {
            f->doc = v;
            return true;
        }
    }
    if (name == I.n.__class__) return set_class(I, obj, v);
    SplitObj* sp = obj.is_obj() ? as_split(obj.o) : nullptr;
    if (sp && sp->split && name != I.n.__dict__) {
        inst_set(I, sp, name, v);
        note_instance_name(I, tp, name, !descr.is_undef());
        return true;
    }
    DictObj** slot = instance_dict_slot(I, obj);
    if (name == I.n.__dict__ && slot && can_have_dict(obj)) {
        if (!is_kind(v, Kind::Dict)) {
            raise_type_error(I, "__dict__ must be set to a dictionary, not a '" + type_name(I, v) +
                                    "'");
            return false;
        }
        *slot = as<DictObj>(v);
        if (obj.o->kind == Kind::Instance) note_instance_dict_exposed(tp);
        return true;
    }
    if (!slot || !(can_have_dict(obj) || (tp->slots_only && in_slots(I, tp, name))))
        return read_only(I, obj, name);
    if (!*slot) *slot = new_dict(I);
    DictObj* d = *slot;
    dict_set_str(I, d, name, v);
    if (obj.o->kind == Kind::Instance) {
        note_instance_name(I, tp, name, !descr.is_undef());
        if (size_t(d->used) > tp->attrs_seen && d->used <= 16) tp->attrs_seen = uint8_t(d->used);
    }
    return true;
}

// A user class's own __setattr__ / __delattr__ (for a class: its metaclass's).
static bool has_user_hook(Interp& I, Value obj) {
    if (!obj.is_obj()) return false;
    if (obj.o->kind == Kind::Type) return obj.o->type != I.t.type;
    return !obj.o->type->is_builtin;
}

bool setattr(Interp& I, Value obj, StrObj* name, Value v) {
    if (has_user_hook(I, obj)) {
        if (has_user_setattr(I, obj.o->type)) {
            Value f = type_lookup_cached(obj.o->type, I.n.__setattr__);
            Value args[2] = {Value::object(name), v};
            return !call_bound(I, f, obj, std::span<const Value>(args, 2)).is_error();
        }
    }
    return generic_setattr(I, obj, name, v);
}

bool generic_delattr(Interp& I, Value obj, StrObj* name) {
    TypeObj* tp = type_of(I, obj);
    if (is_kind(obj, Kind::Type)) {
        TypeObj* t = as<TypeObj>(obj);
        if (t->is_builtin) {
            raise_type_error(I, "cannot set '" + name->s + "' attribute of immutable type '" +
                                    t->name->s + "'");
            return false;
        }
        if (!dict_del_str(t->dict, name)) return attr_error(I, obj, name);
        return true;
    }
    if (is_kind(obj, Kind::Module)) {
        if (!dict_del_str(as<ModuleObj>(obj)->dict, name)) return attr_error(I, obj, name);
        return true;
    }
    Value descr = type_lookup_cached(tp, name);
    if (is_kind(descr, Kind::Property)) {
        auto* p = as<PropertyObj>(descr);
        if (p->fdel.is_none() || p->fdel.is_undef()) {
            if (tp->is_builtin) { // a getset descriptor of a builtin type (as setting it)
                raise(I, I.t.AttributeError,
                      "attribute '" + name->s + "' of '" + tp->name->s +
                          "' objects is not writable");
                return false;
            }
            raise(I, I.t.AttributeError,
                  "property '" + name->s + "' of '" + tp->name->s + "' object has no deleter");
            return false;
        }
        return !call(I, p->fdel, std::span<const Value>(&obj, 1)).is_error();
    }
    if (is_kind(descr, Kind::Instance) && !descr.o->type->is_builtin) {
        Value deleter = type_lookup_cached(descr.o->type, I.n.__delete__);
        if (!deleter.is_undef())
            return !call_bound(I, deleter, descr, std::span<const Value>(&obj, 1)).is_error();
    }
    DictObj** slot = instance_dict_slot(I, obj);
    if (!slot || !(can_have_dict(obj) || (tp->slots_only && in_slots(I, tp, name))))
        return read_only(I, obj, name);
    if (!*slot || !dict_del_str(*slot, name)) return attr_error(I, obj, name);
    return true;
}

bool delattr(Interp& I, Value obj, StrObj* name) {
    if (has_user_hook(I, obj)) {
        Value f = type_lookup_cached(obj.o->type, I.n.__delattr__);
        if (is_kind(f, Kind::Function)) {
            Value arg = Value::object(name);
            return !call_bound(I, f, obj, std::span<const Value>(&arg, 1)).is_error();
        }
    }
    return generic_delattr(I, obj, name);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Items
// ---------------------------------------------------------------------------------------------

Value getitem(Interp& I, Value obj, Value key) {
    if (obj.is_obj()) {
        Obj* o = obj.o;
        if (o->kind == Kind::List && key.is_small_int() && o->type == I.t.list) {
            auto& items = static_cast<ListObj*>(o)->items;
            int64_t i = key.as_small_int();
            if (norm_index(&i, int64_t(items.size()))) return items[size_t(i)];
            return raise(I, I.t.IndexError, "list index out of range");
        }
        if (o->kind == Kind::Tuple && key.is_small_int() && o->type == I.t.tuple) {
            auto& items = static_cast<TupleObj*>(o)->items;
            int64_t i = key.as_small_int();
            if (norm_index(&i, int64_t(items.size()))) return items[size_t(i)];
            return raise(I, I.t.IndexError, "tuple index out of range");
        }
        if (o->kind == Kind::Dict && o->type == I.t.dict) {
            Value v = dict_get(I, static_cast<DictObj*>(o), key);
            if (!v.is_undef()) return v;
            if (v.is_error()) return v;
            return raise_key_error(I, key);
        }
        Value f = type_lookup_cached(o->type, I.n.__getitem__);
        if (!f.is_undef()) return call_bound(I, f, obj, std::span<const Value>(&key, 1));
        if (o->kind == Kind::Type) {
            Value cg = type_lookup_cached(static_cast<TypeObj*>(o), I.n.__class_getitem__);
            if (!cg.is_undef()) {
                Value m = bind_attribute(I, cg, Value::undef(), static_cast<TypeObj*>(o));
                if (m.is_error()) return m;
                return call(I, m, std::span<const Value>(&key, 1));
            }
            // list[int], dict[str, int], asyncio.Future[int]: a types.GenericAlias (the
            // scalar builtins are not generic, as in CPython)
            auto* t = static_cast<TypeObj*>(o);
            const BuiltinTypes& bt = I.t;
            if (t->is_builtin && t != bt.int_ && t != bt.float_ && t != bt.str && t != bt.bool_ &&
                t != bt.object && t != bt.none && t != bt.range && t != bt.slice &&
                t->layout != Layout::Exception) {
                // (an interpreter without the standard modules: the class stands in)
                if (!I.module_factories.count("_generic") &&
                    dict_get_str(I.modules, I.intern("_generic")).is_undef())
                    return obj;
                Value ga = generic_helper(I, "GenericAlias");
                if (ga.is_error()) return ga;
                Value args[2] = {obj, key};
                return call(I, ga, std::span<const Value>(args, 2));
            }
            return raise_type_error(I, "type '" + static_cast<TypeObj*>(o)->name->s +
                                           "' is not subscriptable");
        }
    }
    return raise_type_error(I, "'" + type_name(I, obj) + "' object is not subscriptable");
}

bool setitem(Interp& I, Value obj, Value key, Value v) {
    if (obj.is_obj()) {
        Obj* o = obj.o;
        if (o->kind == Kind::List && key.is_small_int() && o->type == I.t.list) {
            auto& items = static_cast<ListObj*>(o)->items;
            int64_t i = key.as_small_int();
            if (norm_index(&i, int64_t(items.size()))) {
                items[size_t(i)] = v;
                return true;
            }
            raise(I, I.t.IndexError, "list assignment index out of range");
            return false;
        }
        if (o->kind == Kind::Dict && o->type == I.t.dict)
            return dict_set(I, static_cast<DictObj*>(o), key, v);
        Value f = type_lookup_cached(o->type, I.n.__setitem__);
        if (!f.is_undef()) {
            Value args[2] = {key, v};
            return !call_bound(I, f, obj, std::span<const Value>(args, 2)).is_error();
        }
    }
    raise_type_error(I, "'" + type_name(I, obj) + "' object does not support item assignment");
    return false;
}

bool delitem(Interp& I, Value obj, Value key) {
    if (obj.is_obj()) {
        Obj* o = obj.o;
        if (o->kind == Kind::Dict && o->type == I.t.dict) {
            int r = dict_del(I, static_cast<DictObj*>(o), key);
            if (r < 0) return false;
            if (r == 0) {
                raise_key_error(I, key);
                return false;
            }
            return true;
        }
        Value f = type_lookup_cached(o->type, I.n.__delitem__);
        if (!f.is_undef())
            return !call_bound(I, f, obj, std::span<const Value>(&key, 1)).is_error();
    }
    // As PyObject_DelItem: sequences (and every user class) with an int key report
    // PySequence_DelItem's wording.
    bool seq = is_kind(obj, Kind::Str) || is_kind(obj, Kind::Tuple) || is_kind(obj, Kind::Range) ||
               is_kind(obj, Kind::List) || (obj.is_obj() && !obj.o->type->is_builtin);
    bool int_key = is_int(I, key);
    raise_type_error(I, "'" + type_name(I, obj) + "' object " +
                            (seq && int_key ? "doesn't" : "does not") + " support item deletion");
    return false;
}

} // namespace loopscope
