// match_ops.cpp - see match_ops.h. Mirrors ceval.c's match_keys, match_class and
// match_class_attr, and the sequence/mapping flags of CPython's types.
#include "lang/match_ops.h"

#include "lang/object.h"
#include "lang/ops.h"

#include <algorithm>
#include <string>

namespace loopscope {

namespace {

// A class derived from one of collections.abc's `names` (or named so in `module`).
bool derives_from_abc(Interp& I, TypeObj* t, std::initializer_list<const char*> names,
                      const char* module) {
    for (TypeObj* b : t->mro) {
        Value mod = dict_get_str(b->dict, I.intern("__module__"));
        if (mod.is_undef() || !is_str(mod)) continue;
        std::string_view m = str_view(mod), n = str_view(Value::object(b->name));
        for (const char* want : names)
            if (n == want && (m == "collections.abc" || m == "_collections_abc" || m == module))
                return true;
    }
    return false;
}

} // namespace

bool match_is_sequence(Interp& I, Value v) {
    TypeObj* t = type_of(I, v);
    if (is_subtype(t, I.t.list) || is_subtype(t, I.t.tuple) || is_subtype(t, I.t.range))
        return true;
    if (is_subtype(t, I.t.str) || is_subtype(t, I.t.dict)) return false;
    return derives_from_abc(I, t, {"Sequence", "MutableSequence", "deque"}, "collections");
}

bool match_is_mapping(Interp& I, Value v) {
    TypeObj* t = type_of(I, v);
    if (is_subtype(t, I.t.dict)) return true;
    return derives_from_abc(I, t, {"Mapping", "MutableMapping"}, "collections.abc");
}

Value match_keys(Interp& I, Value subject, Value keys) {
    std::span<const Value> ks = as<TupleObj>(keys)->items;
    std::vector<Value> values;
    std::vector<Value> seen;
    Value dummy = new_list(I, {}); // a default no mapping can hold
    StrObj* get = I.intern("get");
    for (Value k : ks) {
        for (Value s : seen) {
            int e = eq(I, s, k);
            if (e < 0) return Value::error();
            if (e) {
                Value r = repr(I, k);
                if (r.is_error()) return r;
                return raise_value_error(I, "mapping pattern checks duplicate key (" +
                                                std::string(str_view(r)) + ")");
            }
        }
        seen.push_back(k);
        Value args[] = {k, dummy};
        Value v = call_method(I, subject, get, args);
        if (v.is_error()) return v;
        if (v.tag == Tag::Obj && dummy.tag == Tag::Obj && v.o == dummy.o) return Value::none();
        values.push_back(v);
    }
    return new_tuple(I, std::move(values));
}

namespace {

// match_class_attr: getattr(subject, name), or Undef when missing; a name asked for twice
// is a TypeError.
Value class_attr(Interp& I, Value subject, TypeObj* type, Value name, std::vector<Value>& seen) {
    for (Value s : seen)
        if (s.tag == Tag::Obj && name.tag == Tag::Obj && str_view(s) == str_view(name)) {
            Value r = repr(I, name);
            if (r.is_error()) return r;
            return raise_type_error(I, std::string(str_view(Value::object(type->name))) +
                                           "() got multiple sub-patterns for attribute " +
                                           std::string(str_view(r)));
        }
    seen.push_back(name);
    return getattr_opt(I, subject, as<StrObj>(name));
}

bool matches_self(Interp& I, TypeObj* t) {
    for (TypeObj* b : {I.t.bool_, I.t.int_, I.t.float_, I.t.str, I.t.tuple, I.t.list, I.t.dict,
                       I.t.set, I.t.frozenset})
        if (is_subtype(t, b)) return true;
    return false;
}

} // namespace

Value match_class(Interp& I, Value subject, Value cls, Value names, uint32_t nargs) {
    if (!is_kind(cls, Kind::Type))
        return raise_type_error(I, "called match pattern must be a type");
    auto* type = as<TypeObj>(cls);
    if (!is_subtype(type_of(I, subject), type)) return Value::none();
    std::string tname(str_view(Value::object(type->name)));
    std::vector<Value> attrs, seen;
    if (nargs) {
        Value match_args = getattr_opt(I, cls, I.intern("__match_args__"));
        if (match_args.is_error()) return match_args;
        bool match_self = false;
        size_t allowed = 0;
        if (!match_args.is_undef()) {
            if (!is_kind(match_args, Kind::Tuple) || !is_subtype(type_of(I, match_args), I.t.tuple))
                return raise_type_error(I, tname + ".__match_args__ must be a tuple (got " +
                                               type_name(I, match_args) + ")");
            allowed = as<TupleObj>(match_args)->items.size();
        } else {
            // only types without __match_args__ match themselves (int(x), str(s), ...)
            match_self = matches_self(I, type);
            allowed = match_self ? 1 : 0;
        }
        if (allowed < nargs)
            return raise_type_error(I, tname + "() accepts " + std::to_string(allowed) +
                                           " positional sub-pattern" + (allowed == 1 ? "" : "s") +
                                           " (" + std::to_string(nargs) + " given)");
        if (match_self) {
            attrs.push_back(subject);
        } else {
            for (uint32_t i = 0; i < nargs; ++i) {
                Value name = as<TupleObj>(match_args)->items[i];
                if (!is_str(name))
                    return raise_type_error(I, "__match_args__ elements must be strings (got " +
                                                   type_name(I, name) + ")");
                Value a = class_attr(I, subject, type, name, seen);
                if (a.is_error()) return a;
                if (a.is_undef()) return Value::none();
                attrs.push_back(a);
            }
        }
    }
    for (Value name : as<TupleObj>(names)->items) {
        Value a = class_attr(I, subject, type, name, seen);
        if (a.is_error()) return a;
        if (a.is_undef()) return Value::none();
        attrs.push_back(a);
    }
    return new_tuple(I, std::move(attrs));
}

} // namespace loopscope
