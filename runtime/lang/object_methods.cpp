// object_methods.cpp - the methods of `object` and `type`, class creation (make_class, used by
// __build_class__ and type(name, bases, dict)), and the descriptor types: property,
// staticmethod, classmethod, super.
//
// Index:
//   [SECTION] object
//   [SECTION] Class creation - make_class
//   [SECTION] type
//   [SECTION] property, staticmethod, classmethod
//   [SECTION] super
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/init.h"
#include "lang/inst_values.h"
#include "lang/mangle.h"
#include "lang/member_descr.h"

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] object
// ---------------------------------------------------------------------------------------------

Value object_init_native(Interp& I, Value self, const CallArgs& a) {
    if (a.nargs || a.nkw())
        return raise_type_error(
            I, "object.__init__() takes exactly one argument (the instance to initialize)");
    return Value::none();
}

// object.__new__(cls): a staticmethod; the class is the first argument.
static Value object_new(Interp& I, Value, const CallArgs& a) {
    if (a.nargs < 1) return raise_type_error(I, "object.__new__(): not enough arguments");
    Value cls = a.args[0];
    if (!is_kind(cls, Kind::Type))
        return raise_type_error(I, "object.__new__(X): X is not a type object (" +
                                       type_name(I, cls) + ")");
    TypeObj* t = as<TypeObj>(cls);
    if (t->layout == Layout::Exception) {
        std::vector<Value> items(a.args + 1, a.args + a.nargs);
        auto* args = as<TupleObj>(new_tuple(I, std::move(items)));
        return Value::object(I.alloc<ExceptionObj>(t, nullptr, args));
    }
    if (t->is_builtin && t != I.t.object)
        return raise_type_error(I, "object.__new__(" + t->name->s + ") is not safe, use " +
                                       t->name->s + ".__new__()");
    if (t->number_base) {
        // names the first class whose __new__ is not written in Python (as tp_new_wrapper)
        TypeObj* safe = t->number_base;
        for (TypeObj* m : t->mro) {
            Value nw = type_lookup(m, I.n.__new__);
            if (is_kind(nw, Kind::StaticMethod)) nw = as<MethodWrapperObj>(nw)->func;
            if (!is_kind(nw, Kind::Function)) {
                safe = m;
                break;
            }
        }
        return raise_type_error(I, "object.__new__(" + t->name->s + ") is not safe, use " +
                                       safe->name->s + ".__new__()");
    }
    auto* inst = new_instance(I, t);
    if (!t->is_builtin && has_user_del(I, t)) fin_watch(I, inst); // (finalize.h)
    return Value::object(inst);
}

static Value object_repr(Interp& I, Value self, const CallArgs&) {
    return default_repr(I, self);
}

// object.__str__ calls the type's __repr__ unchecked: str() reports a bad result as __str__'s.
static Value object_str(Interp& I, Value self, const CallArgs&) {
    if (!self.is_obj() || self.o->kind == Kind::Str || self.o->kind == Kind::BigInt)
        return repr(I, self);
    Value f = type_lookup(type_of(I, self), I.n.__repr__);
    if (f.is_undef()) return default_repr(I, self);
    return call_bound(I, f, self, std::span<const Value>());
}

static Value object_eq(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__eq__", 1, 1)) return Value::error();
    return self.same(a.args[0]) ? Value::boolean(true) : I.not_implemented;
}

// object.__ne__: the inverse of __eq__ unless that is NotImplemented (as object_richcompare).
static Value object_ne(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__ne__", 1, 1)) return Value::error();
    Value f = type_lookup(type_of(I, self), I.n.__eq__);
    if (f.is_undef()) return self.same(a.args[0]) ? Value::boolean(false) : I.not_implemented;
    Value r = call_bound(I, f, self, std::span<const Value>(a.args, 1));
    if (r.is_error() || r.same(I.not_implemented)) return r;
    int t = truthy(I, r);
    if (t < 0) return Value::error();
    return Value::boolean(t == 0);
}

Value object_hash_native(Interp& I, Value self, const CallArgs&) {
    if (self.is_obj()) return Value::integer(object_id(I, self.o) >> 4);
    int64_t h;
    if (!hash(I, self, &h)) return Value::error();
    return Value::integer(h);
}

Value object_format_native(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__format__", 1, 1)) return Value::error();
    if (!is_str(a.args[0]))
        return raise_type_error(I, "__format__() argument must be str, not " +
                                       type_name(I, a.args[0]));
    if (!str_view(a.args[0]).empty())
        return raise_type_error(I, "unsupported format string passed to " +
                                       type_of(I, self)->name->s + ".__format__");
    return to_str(I, self);
}

static StrObj* name_arg(Interp& I, Value v) {
    if (!is_str(v)) {
        raise_type_error(I, "attribute name must be string, not '" + type_name(I, v) + "'");
        return nullptr;
    }
    return I.intern(str_view(v));
}

static Value object_setattr(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__setattr__", 2, 2)) return Value::error();
    StrObj* n = name_arg(I, a.args[0]);
    if (!n || !generic_setattr(I, self, n, a.args[1])) return Value::error();
    return Value::none();
}

static Value object_delattr(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__delattr__", 1, 1)) return Value::error();
    StrObj* n = name_arg(I, a.args[0]);
    if (!n || !generic_delattr(I, self, n)) return Value::error();
    return Value::none();
}

static Value object_getattribute(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__getattribute__", 1, 1)) return Value::error();
    StrObj* n = name_arg(I, a.args[0]);
    if (!n) return Value::error();
    return generic_getattr(I, self, n);
}

static Value object_init_subclass(Interp& I, Value self, const CallArgs& a) {
    Value cls = a.nargs > 0 ? a.args[0] : self; // a classmethod: the class comes first
    if (a.nkw() && is_kind(cls, Kind::Type))
        return raise_type_error(I, as<TypeObj>(cls)->name->s +
                                       ".__init_subclass__() takes no keyword arguments");
    return Value::none();
}

static Value object_dir(Interp& I, Value self, const CallArgs&) {
    std::vector<Value> names;
    auto add = [&](DictObj* d) {
        if (!d) return;
        for (auto& e : d->entries) {
            if (e.key().is_undef()) continue;
            bool seen = false;
            for (auto& n : names)
                if (str_view(n) == str_view(e.key())) seen = true;
            if (!seen) names.push_back(e.key());
        }
    };
    if (is_kind(self, Kind::Instance) || is_kind(self, Kind::Exception))
        add(is_kind(self, Kind::Instance) ? inst_dict(I, as<InstanceObj>(self))
                                          : as<InstanceObj>(self)->dict);
    else if (self.is_obj() && self.o->attr_slot())
        add(*self.o->attr_slot()); // an instance of a subclass of dict, list...
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : type_of(I, self);
    for (TypeObj* m : t->mro) add(m->dict);
    if (!sort_list_values(I, names, Value::none(), false)) return Value::error();
    return new_list(I, std::move(names));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Class creation
// ---------------------------------------------------------------------------------------------

static bool check_base(Interp& I, TypeObj* b) {
    if (!b->is_builtin || b == I.t.object || b == I.t.type || b->layout == Layout::Exception)
        return true;
    const BuiltinTypes& t = I.t;
    for (TypeObj* ok : {t.list, t.dict, t.set, t.frozenset, t.tuple, t.str})
        if (b == ok) return true; // instances are SubclassObj (object.h)
    if (b == t.int_ || b == t.float_ || b == t.complex_) return true; // NumberObj (object.h)
    if (b->new_fn == nullptr || b == t.bool_ || b == t.range || b == t.slice) {
        raise_type_error(I, "type '" + b->name->s + "' is not an acceptable base type");
        return false;
    }
    raise_not_implemented(I, "subclassing '" + b->name->s + "' is not supported in the playground");
    return false;
}

static Value wrap_if_function(Interp& I, Value v, Kind k, TypeObj* t) {
    if (!is_kind(v, Kind::Function)) return v;
    return Value::object(I.alloc<MethodWrapperObj>(k, t, v));
}

// The most derived of `meta` and the metaclasses of the bases, or nullptr with TypeError raised
// (as CPython's _PyType_CalculateMetaclass).
TypeObj* winner_metaclass(Interp& I, TypeObj* meta, const std::vector<TypeObj*>& bases) {
    TypeObj* winner = meta;
    for (TypeObj* b : bases) {
        TypeObj* bm = b->type;
        if (is_subtype(winner, bm)) continue;
        if (is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        raise_type_error(I, "metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

// as type_new's slot handling: check the names, give each a member descriptor in the class
// dict, and decide whether instances have a __dict__ and can be weakly referenced
static bool add_slots(Interp& I, TypeObj* t, DictObj* ns, const std::vector<TypeObj*>& bases,
                      Value slots) {
    std::vector<Value> names;
    if (is_str(slots)) {
        names.push_back(slots);
    } else if (!collect(I, slots, names)) {
        return false;
    }
    bool bases_slotted = true, bases_no_weakref = true;
    for (TypeObj* b : bases) {
        if (b == I.t.object || b == t->number_base) continue;
        if (!b->slots_only) bases_slotted = false;
        if (!slots_refuse_weakref(I, b)) bases_no_weakref = false;
    }
    bool has_dict = false, has_weakref = false;
    std::vector<std::string> members;
    for (Value v : names) {
        if (!is_str(v)) {
            raise_type_error(I, "__slots__ items must be strings, not '" + type_name(I, v) + "'");
            return false;
        }
        std::string_view s = str_view(v);
        Value ident = call_method(I, v, I.intern("isidentifier"), {});
        if (ident.is_error()) return false;
        if (!(ident.is_bool() && ident.b)) {
            raise_type_error(I, "__slots__ must be identifiers");
            return false;
        }
        if (s == "__dict__") {
            if (has_dict || !bases_slotted) {
                raise_type_error(I, "__dict__ slot disallowed: we already got one");
                return false;
            }
            has_dict = true;
        } else if (s == "__weakref__") {
            if (has_weakref || !bases_no_weakref) {
                raise_type_error(I, "__weakref__ slot disallowed: either we already got one, or "
                                    "__itemsize__ != 0");
                return false;
            }
            has_weakref = true;
        } else {
            members.push_back(mangle_private_name(t->name->s, s)); // (type_new_copy_slots)
        }
    }
    if (!members.empty()) {
        for (TypeObj* b : {I.t.int_, I.t.tuple, I.t.bytes}) {
            if (is_subtype(t, b)) {
                raise_type_error(I, "nonempty __slots__ not supported for subtype of '" +
                                        b->name->s + "'");
                return false;
            }
        }
    }
    for (const std::string& m : members) {
        if (!dict_get_str(ns, I.intern(m)).is_undef()) {
            raise(I, I.t.ValueError, "'" + m + "' in __slots__ conflicts with class variable");
            return false;
        }
    }
    std::sort(members.begin(), members.end()); // the descriptors go in sorted (as CPython)
    for (const std::string& m : members) {
        StrObj* name = I.intern(m);
        dict_set_str(I, ns, name, new_member_descriptor(I, t, name));
    }
    t->slots_only = !has_dict && bases_slotted && t->layout == Layout::Object &&
                    t->instance_kind == Kind::Instance;
    return true;
}

Value make_class(Interp& I, StrObj* name, std::vector<TypeObj*> bases, DictObj* ns,
                 const CallArgs* subclass_kw, TypeObj* meta) {
    if (!meta) meta = I.t.type;
    meta = winner_metaclass(I, meta, bases);
    if (!meta) return Value::error();
    if (bases.empty()) bases.push_back(I.t.object);
    for (size_t i = 0; i < bases.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (bases[i] == bases[j])
                return raise_type_error(I, "duplicate base class " + bases[i]->name->s);
        }
        if (!check_base(I, bases[i])) return Value::error();
    }
    auto* t = I.alloc<TypeObj>(meta, name, ns);
    t->bases = bases;
    if (!init_type_mro(t)) {
        std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases ";
        for (size_t i = 0; i < bases.size(); ++i) {
            if (i) msg += ", ";
            msg += bases[i]->name->s;
        }
        return raise_type_error(I, msg);
    }
    t->is_builtin = false;
    t->layout = Layout::Object;
    t->instance_kind = Kind::Instance;
    for (TypeObj* b : bases) {
        if (b->layout == Layout::Exception) {
            t->layout = Layout::Exception;
            t->instance_kind = Kind::Exception;
            if (b->new_fn && !t->new_fn) t->new_fn = b->new_fn; // exception groups
        }
        if (b->instance_kind == Kind::Type) t->instance_kind = Kind::Type; // a metaclass
    }
    // A subclass of a builtin data type (dict, list...): its instances are that builtin's
    // object (SubclassObj); two different such bases cannot share one object. A subclass of
    // int or float: its instances are NumberObj, which no other builtin layout shares.
    for (TypeObj* b : bases) {
        TypeObj* nb = b->number_base                                          ? b->number_base
                      : b == I.t.int_ || b == I.t.float_ || b == I.t.complex_ ? b
                                                                              : nullptr;
        Kind k = b->instance_kind;
        bool conflict = false;
        if (nb) {
            conflict =
                (t->number_base && t->number_base != nb) || is_builtin_data_kind(t->instance_kind);
            t->number_base = nb;
        } else if (is_builtin_data_kind(k)) {
            conflict =
                (is_builtin_data_kind(t->instance_kind) && t->instance_kind != k) || t->number_base;
            t->instance_kind = k;
        }
        if (conflict) return raise_type_error(I, "multiple bases have instance lay-out conflict");
    }
    const Names& n = I.n;
    Value qn = dict_get_str(ns, n.__qualname__);
    if (is_str(qn)) {
        t->qualname = as_str(qn);
        dict_del_str(ns, n.__qualname__);
    } else if (!qn.is_undef()) {
        return raise_type_error(I, "type __qualname__ must be a str, not " + type_name(I, qn));
    }
    StrObj* classcell = I.intern("__classcell__");
    Value cell = dict_get_str(ns, classcell);
    if (!cell.is_undef()) {
        if (is_kind(cell, Kind::Cell)) as<CellObj>(cell)->value = Value::object(t);
        dict_del_str(ns, classcell);
    }
    // __slots__: the names instances may have (no instance __dict__ unless one base has it)
    Value slots = dict_get_str(ns, I.intern("__slots__"));
    if (!slots.is_undef()) {
        if (!add_slots(I, t, ns, bases, slots)) return Value::error();
    }
    // A class that defines __eq__ but not __hash__ is unhashable (as type_new).
    if (!dict_get_str(ns, n.__eq__).is_undef() && dict_get_str(ns, n.__hash__).is_undef())
        dict_set_str(I, ns, n.__hash__, Value::none());
    Value nw = dict_get_str(ns, n.__new__);
    if (!nw.is_undef())
        dict_set_str(I, ns, n.__new__,
                     wrap_if_function(I, nw, Kind::StaticMethod, I.t.staticmethod));
    for (StrObj* cm : {n.__init_subclass__, n.__class_getitem__}) {
        Value f = dict_get_str(ns, cm);
        if (!f.is_undef())
            dict_set_str(I, ns, cm, wrap_if_function(I, f, Kind::ClassMethod, I.t.classmethod));
    }
    // __set_name__ on descriptors defined in the body.
    std::vector<std::pair<Value, Value>> items;
    for (auto& e : ns->entries)
        if (!e.key().is_undef()) items.emplace_back(e.key(), e.value());
    for (auto& kv : items) {
        if (!kv.second.is_obj() || kv.second.o->type->is_builtin) continue;
        Value args[2] = {Value::object(t), kv.first};
        Value r = call_special(I, kv.second, n.__set_name__, std::span<const Value>(args, 2));
        if (r.is_error()) return r;
    }
    // The parent's __init_subclass__ (as super(t, t).__init_subclass__()).
    for (size_t i = 1; i < t->mro.size(); ++i) {
        Value f = dict_get_str(t->mro[i]->dict, n.__init_subclass__);
        if (f.is_undef()) continue;
        bool has_kw = subclass_kw && subclass_kw->nkw();
        if (is_kind(f, Kind::NativeFunction) &&
            as<NativeFunctionObj>(f)->fn == object_init_subclass && !has_kw)
            break;
        Value r = has_kw ? call_bound(I, f, Value::object(t), *subclass_kw)
                         : call_bound(I, f, Value::object(t), std::span<const Value>());
        if (r.is_error()) return r;
        break;
    }
    return Value::object(t);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] type
// ---------------------------------------------------------------------------------------------

// type.__new__(meta, name, bases, ns, **kw): the class `meta` makes (keywords go to the
// parent's __init_subclass__).
static Value type_new_with(Interp& I, TypeObj* meta, const CallArgs& a) {
    if (!is_str(a.args[0]))
        return raise_type_error(I, "type.__new__() argument 1 must be str, not " +
                                       type_name(I, a.args[0]));
    if (!is_kind(a.args[1], Kind::Tuple))
        return raise_type_error(I, "type.__new__() argument 2 must be tuple, not " +
                                       type_name(I, a.args[1]));
    if (!is_kind(a.args[2], Kind::Dict))
        return raise_type_error(I, "type.__new__() argument 3 must be dict, not " +
                                       type_name(I, a.args[2]));
    std::vector<TypeObj*> bases;
    for (Value b : as<TupleObj>(a.args[1])->items) {
        if (!is_kind(b, Kind::Type)) return raise_type_error(I, "bases must be types");
        bases.push_back(as<TypeObj>(b));
    }
    // The namespace is copied, as type.__new__ does.
    DictObj* ns = new_dict(I);
    for (auto& e : as<DictObj>(a.args[2])->entries)
        if (!e.key().is_undef() && !dict_set(I, ns, e.key(), e.value())) return Value::error();
    if (dict_get_str(ns, I.n.__module__).is_undef()) {
        Value mod = Value::undef();
        if (I.frame && I.frame->globals) mod = dict_get_str(I.frame->globals, I.n.__name__);
        dict_set_str(I, ns, I.n.__module__, mod.is_undef() ? I.str("__main__") : mod);
    }
    CallArgs kw{a.args + a.nargs, 0, a.kwnames};
    return make_class(I, I.intern(str_view(a.args[0])), std::move(bases), ns,
                      a.nkw() ? &kw : nullptr, meta);
}

static Value type_new_static(Interp& I, Value, const CallArgs& a);
static Value type_init(Interp& I, Value, const CallArgs& a);

static Value type_new(Interp& I, Value, const CallArgs& a) {
    if (a.nargs == 1 && a.nkw() == 0) return Value::object(type_of(I, a.args[0]));
    if (a.nargs != 3) return raise_type_error(I, "type() takes 1 or 3 arguments");
    // type(name, bases, ns) with a base whose metaclass is not type: that metaclass makes the
    // class, its __new__ and then its __init__ (as CPython's type_new and type_call)
    TypeObj* winner = I.t.type;
    if (is_kind(a.args[1], Kind::Tuple)) {
        std::vector<TypeObj*> bases;
        for (Value b : as<TupleObj>(a.args[1])->items)
            if (is_kind(b, Kind::Type)) bases.push_back(as<TypeObj>(b));
        winner = winner_metaclass(I, I.t.type, bases);
        if (!winner) return Value::error();
    }
    if (winner == I.t.type) return type_new_with(I, I.t.type, a);
    Value nw = type_lookup_cached(winner, I.n.__new__);
    if (is_kind(nw, Kind::StaticMethod)) nw = as<MethodWrapperObj>(nw)->func;
    Rooted cls(I);
    if (is_kind(nw, Kind::NativeFunction) && as<NativeFunctionObj>(nw)->fn == type_new_static) {
        cls.v = type_new_with(I, winner, a);
    } else {
        std::vector<Value> args = {Value::object(winner)};
        for (int i = 0; i < a.nargs + a.nkw(); ++i) args.push_back(a.args[i]);
        cls.v = call(I, nw, CallArgs{args.data(), a.nargs + 1, a.kwnames});
    }
    if (cls.v.is_error() || !is_kind(cls.v, Kind::Type)) return cls.v;
    Value init = type_lookup_cached(type_of(I, cls.v), I.n.__init__);
    if (is_kind(init, Kind::NativeFunction) && as<NativeFunctionObj>(init)->fn == type_init)
        return cls.v;
    Value r = call_bound(I, init, cls.v, a);
    if (r.is_error()) return r;
    return cls.v;
}

// type.__new__ as a metaclass's __new__ reaches it: the metaclass comes first.
static Value type_new_static(Interp& I, Value, const CallArgs& a) {
    if (a.nargs < 1) return raise_type_error(I, "type.__new__(): not enough arguments");
    if (!is_kind(a.args[0], Kind::Type))
        return raise_type_error(I, "type.__new__(X): X is not a type object (" +
                                       type_name(I, a.args[0]) + ")");
    auto* meta = as<TypeObj>(a.args[0]);
    if (!is_subtype(meta, I.t.type))
        return raise_type_error(I, "type.__new__(" + meta->name->s + "): " + meta->name->s +
                                       " is not a subtype of type");
    if (a.nargs != 4)
        return raise_type_error(I, "type.__new__() takes exactly 3 arguments (" +
                                       std::to_string(a.nargs - 1) + " given)");
    return type_new_with(I, meta, CallArgs{a.args + 1, 3, a.kwnames});
}

// type.__init__: the class is complete once __new__ made it.
static Value type_init(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 1 && a.nargs != 3)
        return raise_type_error(I, "type.__init__() takes 1 or 3 arguments");
    return Value::none();
}

static Value type_repr(Interp& I, Value self, const CallArgs&) {
    return default_repr(I, self);
}

static Value type_mro(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "mro", 0, 0)) return Value::error();
    if (!is_kind(self, Kind::Type))
        return raise_type_error(I, "descriptor 'mro' requires a 'type'");
    std::vector<Value> v;
    for (TypeObj* m : as<TypeObj>(self)->mro) v.push_back(Value::object(m));
    return new_list(I, std::move(v));
}

static Value type_subclasscheck(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__subclasscheck__", 1, 1)) return Value::error();
    if (!is_kind(self, Kind::Type) || !is_kind(a.args[0], Kind::Type))
        return raise_type_error(I, "issubclass() arg 1 must be a class");
    return Value::boolean(is_subtype(as<TypeObj>(a.args[0]), as<TypeObj>(self)));
}

static Value type_instancecheck(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__instancecheck__", 1, 1)) return Value::error();
    if (!is_kind(self, Kind::Type)) return raise_type_error(I, "expected a type");
    return Value::boolean(isinstance(I, a.args[0], as<TypeObj>(self)));
}

Value generic_helper(Interp& I, const char* name) {
    StrObj* mod = I.intern("_generic");
    Value m = dict_get_str(I.modules, mod);
    if (m.is_undef()) {
        auto factory = I.module_factories.find("_generic");
        if (factory == I.module_factories.end())
            return raise(I, I.t.ModuleNotFoundError, "No module named '_generic'");
        m = factory->second(I);
        if (m.is_error()) return m;
        dict_set_str(I, I.modules, mod, m);
    }
    return getattr(I, m, I.intern(name));
}

// int | None, None | int: a types.UnionType (stdlib/py/_generic.py)
static Value type_or(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__or__", 1, 1)) return Value::error();
    Value f = generic_helper(I, "_union");
    if (f.is_error()) return f;
    Value args[2] = {self, a.args[0]};
    return call(I, f, std::span<const Value>(args, 2));
}

static Value type_ror(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__ror__", 1, 1)) return Value::error();
    Value f = generic_helper(I, "_union");
    if (f.is_error()) return f;
    Value args[2] = {a.args[0], self};
    return call(I, f, std::span<const Value>(args, 2));
}

static Value none_repr(Interp& I, Value, const CallArgs&) {
    return I.str("None");
}
static Value none_bool(Interp&, Value, const CallArgs&) {
    return Value::boolean(false);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] property, staticmethod, classmethod
// ---------------------------------------------------------------------------------------------

static Value none_if_undef(Value v) {
    return v.is_undef() ? Value::none() : v;
}

static Value property_new(Interp& I, Value, const CallArgs& a) {
    static const ArgSpec spec{"property", {"fget", "fset", "fdel", "doc"}, {}, 0, false};
    Value v[4];
    if (!parse_args(I, a, spec, v)) return Value::error();
    auto* p = I.alloc<PropertyObj>(I.t.property, none_if_undef(v[0]), none_if_undef(v[1]),
                                   none_if_undef(v[2]));
    p->doc = none_if_undef(v[3]);
    if (p->doc.is_none() && !p->fget.is_none()) {
        Value d = getattr_opt(I, p->fget, I.n.__doc__);
        if (d.is_error()) return d;
        p->doc = none_if_undef(d);
    }
    return Value::object(p);
}

static PropertyObj* self_property(Interp& I, Value self) {
    if (is_kind(self, Kind::Property)) return as<PropertyObj>(self);
    raise_type_error(I, "descriptor requires a 'property' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

// .getter / .setter / .deleter: a copy with one accessor replaced.
static Value property_copy(Interp& I, Value self, const CallArgs& a, int which, const char* fn) {
    PropertyObj* p = self_property(I, self);
    if (!p || !check_nargs(I, a, fn, 1, 1)) return Value::error();
    Value f = a.args[0];
    auto* q = I.alloc<PropertyObj>(I.t.property, which == 0 ? f : p->fget, which == 1 ? f : p->fset,
                                   which == 2 ? f : p->fdel);
    q->doc = p->doc;
    return Value::object(q);
}
static Value property_getter(Interp& I, Value self, const CallArgs& a) {
    return property_copy(I, self, a, 0, "getter");
}
static Value property_setter(Interp& I, Value self, const CallArgs& a) {
    return property_copy(I, self, a, 1, "setter");
}
static Value property_deleter(Interp& I, Value self, const CallArgs& a) {
    return property_copy(I, self, a, 2, "deleter");
}

static Value property_get_method(Interp& I, Value self, const CallArgs& a) {
    PropertyObj* p = self_property(I, self);
    if (!p || !check_nargs(I, a, "__get__", 1, 2)) return Value::error();
    if (a.args[0].is_none()) return self;
    if (p->fget.is_none())
        return raise(I, I.t.AttributeError,
                     "property of '" + type_name(I, a.args[0]) + "' object has no getter");
    return call(I, p->fget, std::span<const Value>(a.args, 1));
}

static Value property_set_method(Interp& I, Value self, const CallArgs& a) {
    PropertyObj* p = self_property(I, self);
    if (!p || !check_nargs(I, a, "__set__", 2, 2)) return Value::error();
    if (p->fset.is_none())
        return raise(I, I.t.AttributeError,
                     "property of '" + type_name(I, a.args[0]) + "' object has no setter");
    Value r = call(I, p->fset, std::span<const Value>(a.args, 2));
    return r.is_error() ? r : Value::none();
}

static Value staticmethod_new(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "staticmethod", 1, 1)) return Value::error();
    return Value::object(
        I.alloc<MethodWrapperObj>(Kind::StaticMethod, I.t.staticmethod, a.args[0]));
}

static Value classmethod_new(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "classmethod", 1, 1)) return Value::error();
    return Value::object(I.alloc<MethodWrapperObj>(Kind::ClassMethod, I.t.classmethod, a.args[0]));
}

// staticmethod / classmethod objects are callable (3.10+) for staticmethod.
static Value staticmethod_call(Interp& I, Value self, const CallArgs& a) {
    if (!is_kind(self, Kind::StaticMethod)) return raise_type_error(I, "expected a staticmethod");
    return call(I, as<MethodWrapperObj>(self)->func, a);
}

static Value wrapper_get(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "__get__", 1, 2)) return Value::error();
    TypeObj* owner = a.nargs > 1 && is_kind(a.args[1], Kind::Type) ? as<TypeObj>(a.args[1])
                                                                   : type_of(I, a.args[0]);
    return bind_attribute(I, self, a.args[0].is_none() ? Value::undef() : a.args[0], owner);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] super
// ---------------------------------------------------------------------------------------------

static Value make_super(Interp& I, TypeObj* start, Value obj) {
    TypeObj* obj_type;
    if (is_kind(obj, Kind::Type) && is_subtype(as<TypeObj>(obj), start)) {
        obj_type = as<TypeObj>(obj);
    } else if (isinstance(I, obj, start)) {
        obj_type = type_of(I, obj);
    } else {
        return raise_type_error(I, "super(type, obj): obj must be an instance or subtype of type");
    }
    return Value::object(I.alloc<SuperObj>(I.t.super, start, obj, obj_type));
}

// super(): the __class__ cell and the first argument of the calling function's frame.
static Value super_zero_args(Interp& I) {
    Frame* f = I.frame;
    if (!f || !f->code) return raise(I, I.t.RuntimeError, "super(): no arguments");
    CodeObj* c = f->code;
    if (c->argcount == 0 && !(c->flags & CO_VARARGS))
        return raise(I, I.t.RuntimeError, "super(): no arguments");
    Value first = f->slots[0];
    const int32_t nlocals = c->nlocals();
    for (size_t k = 0; k < c->cell_arg.size(); ++k) {
        if (c->cell_arg[k] == 0) {
            Value cell = f->slots[nlocals + int32_t(k)];
            if (is_kind(cell, Kind::Cell)) first = as<CellObj>(cell)->value;
        }
    }
    if (first.is_undef()) return raise(I, I.t.RuntimeError, "super(): arg[0] deleted");
    const int32_t free_base = nlocals + int32_t(c->cellnames.size());
    for (size_t j = 0; j < c->freenames.size(); ++j) {
        if (c->freenames[j]->s != "__class__") continue;
        Value cell = f->slots[free_base + int32_t(j)];
        if (!is_kind(cell, Kind::Cell))
            return raise(I, I.t.RuntimeError, "super(): bad __class__ cell");
        Value cls = as<CellObj>(cell)->value;
        if (cls.is_undef()) return raise(I, I.t.RuntimeError, "super(): empty __class__ cell");
        if (!is_kind(cls, Kind::Type))
            return raise(I, I.t.RuntimeError,
                         "super(): __class__ is not a type (" + type_name(I, cls) + ")");
        return make_super(I, as<TypeObj>(cls), first);
    }
    return raise(I, I.t.RuntimeError, "super(): __class__ cell not found");
}

static Value super_new(Interp& I, Value, const CallArgs& a) {
    if (a.nkw()) return raise_type_error(I, "super() takes no keyword arguments");
    if (a.nargs == 0) return super_zero_args(I);
    if (a.nargs > 2) return raise_type_error(I, "super() takes at most 2 arguments");
    if (!is_kind(a.args[0], Kind::Type))
        return raise_type_error(I, "super() argument 1 must be a type, not " +
                                       type_name(I, a.args[0]));
    if (a.nargs == 1)
        return raise_not_implemented(I,
                                     "unbound super objects are not supported in the playground");
    return make_super(I, as<TypeObj>(a.args[0]), a.args[1]);
}

static Value super_repr(Interp& I, Value self, const CallArgs&) {
    return default_repr(I, self);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

static void add_static(Interp& I, TypeObj* t, const char* name, NativeFn fn) {
    Value f = new_native_function(I, name, fn);
    dict_set_str(I, t->dict, I.intern(name),
                 Value::object(I.alloc<MethodWrapperObj>(Kind::StaticMethod, I.t.staticmethod, f)));
}

void init_object_methods(Interp& I) {
    TypeObj* o = I.t.object;
    add_method(I, o, "__init__", object_init_native);
    add_static(I, o, "__new__", object_new);
    add_method(I, o, "__repr__", object_repr);
    add_method(I, o, "__str__", object_str);
    add_method(I, o, "__eq__", object_eq);
    add_method(I, o, "__ne__", object_ne);
    add_method(I, o, "__hash__", object_hash_native);
    add_method(I, o, "__format__", object_format_native);
    add_method(I, o, "__setattr__", object_setattr);
    add_method(I, o, "__delattr__", object_delattr);
    add_method(I, o, "__getattribute__", object_getattribute);
    add_method(I, o, "__dir__", object_dir);
    add_classmethod(I, o, "__init_subclass__", object_init_subclass);

    TypeObj* t = I.t.type;
    t->new_fn = type_new;
    add_static(I, t, "__new__", type_new_static);
    add_method(I, t, "__init__", type_init);
    add_method(I, t, "__call__", type_call_native);
    add_method(I, t, "__repr__", type_repr);
    add_method(I, t, "__or__", type_or);
    add_method(I, t, "__ror__", type_ror);
    add_method(I, t, "mro", type_mro);
    add_method(I, t, "__subclasscheck__", type_subclasscheck);
    add_method(I, t, "__instancecheck__", type_instancecheck);

    init_number_dunders(I);

    add_method(I, I.t.none, "__repr__", none_repr);
    add_method(I, I.t.none, "__bool__", none_bool);

    TypeObj* p = I.t.property;
    p->new_fn = property_new;
    add_method(I, p, "getter", property_getter);
    add_method(I, p, "setter", property_setter);
    add_method(I, p, "deleter", property_deleter);
    add_method(I, p, "__get__", property_get_method);
    add_method(I, p, "__set__", property_set_method);

    I.t.staticmethod->new_fn = staticmethod_new;
    add_method(I, I.t.staticmethod, "__get__", wrapper_get);
    add_method(I, I.t.staticmethod, "__call__", staticmethod_call);
    I.t.classmethod->new_fn = classmethod_new;
    add_method(I, I.t.classmethod, "__get__", wrapper_get);

    I.t.super->new_fn = super_new;
    add_method(I, I.t.super, "__repr__", super_repr);

    // Cached MRO lookups of a previous Interp (or a dead type) must not be reused.
    clear_lookup_cache();
    Interp* interp = &I;
    I.finalizers.push_back([interp](std::span<Obj* const>) {
        if (!interp->heap.some_dead(Kind::Type)) return;
        for (Obj* d : interp->heap.dead_rare) {
            if (d->kind == Kind::Type) {
                clear_lookup_cache();
                return;
            }
        }
    });
    // A new Interp may reuse a destroyed one's address (and its extra() slot): restart ids.
    extra(I).ids.clear();
    extra(I).next_id = 0;
    // Forget the ids of dead objects: a new object at a reused address gets a new id.
    Interp* ip = &I;
    I.finalizers.push_back([ip](std::span<Obj* const> dead) {
        auto& ids = extra(*ip).ids;
        if (ids.empty()) return;
        for (Obj* d : dead) ids.erase(d);
    });
}

} // namespace loopscope
