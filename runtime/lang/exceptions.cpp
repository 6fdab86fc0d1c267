// exceptions.cpp - the methods of the exception hierarchy (CPython's Objects/exceptions.c):
// BaseException's args / repr / str / notes, KeyError's str, StopIteration's value, and
// BaseExceptionGroup / ExceptionGroup with split / subgroup / derive.
//
// Index:
//   [SECTION] BaseException
//   [SECTION] Exception groups
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/frame_objects.h"
#include "lang/init.h"

namespace loopscope {

static ExceptionObj* self_exc(Interp& I, Value self, const char* method) {
    if (is_kind(self, Kind::Exception)) return as<ExceptionObj>(self);
    raise_type_error(I, std::string("descriptor '") + method +
                            "' requires a 'BaseException' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] BaseException
// ---------------------------------------------------------------------------------------------

// BaseException.__new__(cls, *args): a staticmethod.
static Value exception_new(Interp& I, Value, const CallArgs& a) {
    if (a.nargs < 1 || !is_kind(a.args[0], Kind::Type))
        return raise_type_error(I, "BaseException.__new__(X): X is not a type object");
    TypeObj* t = as<TypeObj>(a.args[0]);
    if (!is_subtype(t, I.t.BaseException))
        return raise_type_error(I, "BaseException.__new__(" + t->name->s + "): " + t->name->s +
                                       " is not a subtype of BaseException");
    std::vector<Value> items(a.args + 1, a.args + a.nargs);
    auto* args = as<TupleObj>(new_tuple(I, std::move(items)));
    return Value::object(I.alloc<ExceptionObj>(t, nullptr, args));
}

Value exception_init_native(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_exc(I, self, "__init__");
    if (!e) return Value::error();
    if (a.nkw()) return raise_type_error(I, e->type->name->s + "() takes no keyword arguments");
    std::vector<Value> items(a.args, a.args + a.nargs);
    e->args = as<TupleObj>(new_tuple(I, std::move(items)));
    return Value::none();
}

static Value exception_repr(Interp& I, Value self, const CallArgs&) {
    ExceptionObj* e = self_exc(I, self, "__repr__");
    if (!e) return Value::error();
    std::string out = e->type->name->s;
    const auto& args = e->args->items;
    if (args.size() == 1) {
        out += "(";
        if (!repr_into(I, args[0], out)) return Value::error();
        out += ")";
    } else if (!repr_into(I, Value::object(e->args), out)) {
        return Value::error();
    }
    return new_str(I, std::move(out));
}

static Value exception_str(Interp& I, Value self, const CallArgs&) {
    ExceptionObj* e = self_exc(I, self, "__str__");
    if (!e) return Value::error();
    const auto& args = e->args->items;
    if (args.empty()) return Value::object(I.empty_str);
    if (args.size() == 1) return to_str(I, args[0]);
    return to_str(I, Value::object(e->args));
}

// KeyError's str is the repr of the key (so `KeyError('k')` prints as 'k').
static Value key_error_str(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_exc(I, self, "__str__");
    if (!e) return Value::error();
    if (e->args->items.size() == 1) return repr(I, e->args->items[0]);
    return exception_str(I, self, a);
}

static Value exception_with_traceback(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_exc(I, self, "with_traceback");
    if (!e || !check_nargs(I, a, "with_traceback", 1, 1)) return Value::error();
    if (!set_exception_traceback(I, e, a.args[0])) return Value::error();
    return self;
}

static Value exception_add_note(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_exc(I, self, "add_note");
    if (!e || !check_nargs(I, a, "add_note", 1, 1)) return Value::error();
    if (!is_str(a.args[0]))
        return raise_type_error(I, "note must be a str, not '" + type_name(I, a.args[0]) + "'");
    e->notes.push_back(a.args[0]);
    return Value::none();
}

// StopIteration.value: set by __init__ from args[0] in CPython; assignable.
// (fget / fset of a property: the exception is the first argument.)
static Value stop_iteration_value(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_exc(I, arg(a, 0), "value");
    if (!e) return Value::error();
    if (e->dict) {
        Value v = dict_get_str(e->dict, I.n.value);
        if (!v.is_undef()) return v;
    }
    return e->args->items.empty() ? Value::none() : e->args->items[0];
}

static Value stop_iteration_set_value(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_exc(I, arg(a, 0), "value");
    if (!e) return Value::error();
    if (!e->dict) e->dict = new_dict(I);
    dict_set_str(I, e->dict, I.n.value, a.nargs > 1 ? a.args[1] : Value::none());
    return Value::none();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Exception groups
// ---------------------------------------------------------------------------------------------

// BaseExceptionGroup(message, exceptions) as CPython's BaseExceptionGroup_new.
static Value group_new(Interp& I, Value self, const CallArgs& a) {
    TypeObj* cls = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.BaseExceptionGroup;
    if (a.nkw()) return raise_type_error(I, cls->name->s + "() takes no keyword arguments");
    if (a.nargs != 2)
        return raise_type_error(I, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                       std::to_string(a.nargs) + " given)");
    Value msg = a.args[0], seq = a.args[1];
    if (!is_str(msg))
        return raise_type_error(I, "BaseExceptionGroup.__new__() argument 1 must be str, not " +
                                       type_name(I, msg));
    if (!is_kind(seq, Kind::List) && !is_kind(seq, Kind::Tuple))
        return raise_type_error(I, "second argument (exceptions) must be a sequence");
    std::span<const Value> given =
        is_kind(seq, Kind::List) ? as<ListObj>(seq)->items : as<TupleObj>(seq)->items;
    std::vector<Value> items(given.begin(), given.end());
    if (items.empty())
        return raise_value_error(I, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!isinstance(I, items[i], I.t.BaseException))
            return raise_value_error(I, "Item " + std::to_string(i) +
                                            " of second argument (exceptions) is not an exception");
        if (!isinstance(I, items[i], I.t.Exception)) all_exceptions = false;
    }
    if (cls == I.t.BaseExceptionGroup) {
        if (all_exceptions) cls = I.t.ExceptionGroup;
    } else if (cls == I.t.ExceptionGroup) {
        if (!all_exceptions)
            return raise_type_error(I, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exceptions && is_subtype(cls, I.t.Exception)) {
        return raise_type_error(I, "Cannot nest BaseExceptions in '" + cls->name->s + "'");
    }
    auto* args = as<TupleObj>(new_tuple(I, {msg, seq}));
    auto* e = I.alloc<ExceptionObj>(cls, cls->is_builtin ? nullptr : new_dict(I), args);
    e->group_message = msg;
    e->group = items;
    return Value::object(e);
}

static ExceptionObj* self_group(Interp& I, Value self, const char* method) {
    if (is_kind(self, Kind::Exception) && is_subtype(self.o->type, I.t.BaseExceptionGroup))
        return as<ExceptionObj>(self);
    raise_type_error(I, std::string("descriptor '") + method +
                            "' requires a 'BaseExceptionGroup' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

static Value group_str(Interp& I, Value self, const CallArgs&) {
    ExceptionObj* e = self_group(I, self, "__str__");
    if (!e) return Value::error();
    std::string out;
    if (!str_into(I, e->group_message, out)) return Value::error();
    size_t n = e->group.size();
    out += " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
    return new_str(I, std::move(out));
}

static Value derive_group(Interp& I, ExceptionObj* e, std::vector<Value> excs) {
    Value args[2] = {e->group_message, new_list(I, std::move(excs))};
    CallArgs ca{args, 2, nullptr};
    return group_new(I, Value::object(I.t.BaseExceptionGroup), ca);
}

static Value group_derive(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_group(I, self, "derive");
    if (!e || !check_nargs(I, a, "derive", 1, 1)) return Value::error();
    Value args[2] = {e->group_message, a.args[0]};
    return group_new(I, Value::object(I.t.BaseExceptionGroup), CallArgs{args, 2, nullptr});
}

// The split condition: a type, a tuple of types, or a predicate (as CPython's
// get_matcher_type).
struct Matcher {
    enum { Types, Predicate } kind;
    std::vector<TypeObj*> types;
    Value pred;
};

static bool make_matcher(Interp& I, Value cond, Matcher* m) {
    if (is_kind(cond, Kind::Type)) {
        if (is_subtype(as<TypeObj>(cond), I.t.BaseException)) {
            m->kind = Matcher::Types;
            m->types.push_back(as<TypeObj>(cond));
            return true;
        }
    } else if (is_kind(cond, Kind::Tuple)) {
        m->kind = Matcher::Types;
        bool ok = true;
        for (Value t : as<TupleObj>(cond)->items) {
            if (!is_kind(t, Kind::Type) || !is_subtype(as<TypeObj>(t), I.t.BaseException)) {
                ok = false;
                break;
            }
            m->types.push_back(as<TypeObj>(t));
        }
        if (ok) return true;
    } else if (!is_kind(cond, Kind::Instance) ||
               !type_lookup(type_of(I, cond), I.n.__call__).is_undef()) {
        if (is_kind(cond, Kind::Function) || is_kind(cond, Kind::NativeFunction) ||
            is_kind(cond, Kind::BoundMethod) || is_kind(cond, Kind::Instance)) {
            m->kind = Matcher::Predicate;
            m->pred = cond;
            return true;
        }
    }
    raise_type_error(I, "expected a function, exception type or tuple of exception types");
    return false;
}

static int matches(Interp& I, const Matcher& m, Value exc) {
    if (m.kind == Matcher::Types) {
        for (TypeObj* t : m.types)
            if (isinstance(I, exc, t)) return 1;
        return 0;
    }
    Value r = call(I, m.pred, std::span<const Value>(&exc, 1));
    if (r.is_error()) return -1;
    return truthy(I, r);
}

static void copy_metadata(ExceptionObj* from, Value to) {
    auto* t = as<ExceptionObj>(to);
    t->cause = from->cause;
    t->context = from->context;
    t->suppress_context = from->suppress_context;
    t->traceback = from->traceback;
    t->notes = from->notes;
}

// As CPython's exceptiongroup_split_recursive: the matching part and (when wanted) the rest;
// Undef for an empty part.
static bool split_rec(Interp& I, Value exc, const Matcher& m, bool want_rest, Value* match,
                      Value* rest) {
    *match = Value::undef();
    *rest = Value::undef();
    int r = matches(I, m, exc);
    if (r < 0) return false;
    if (r) {
        *match = exc;
        return true;
    }
    if (!is_kind(exc, Kind::Exception) || !is_subtype(exc.o->type, I.t.BaseExceptionGroup)) {
        if (want_rest) *rest = exc;
        return true;
    }
    auto* e = as<ExceptionObj>(exc);
    std::vector<Value> ms, rs;
    for (Value sub : std::vector<Value>(e->group)) {
        Value sm, sr;
        if (!split_rec(I, sub, m, want_rest, &sm, &sr)) return false;
        if (!sm.is_undef()) ms.push_back(sm);
        if (!sr.is_undef()) rs.push_back(sr);
    }
    if (!ms.empty()) {
        *match = derive_group(I, e, std::move(ms));
        if (match->is_error()) return false;
        copy_metadata(e, *match);
    }
    if (want_rest && !rs.empty()) {
        *rest = derive_group(I, e, std::move(rs));
        if (rest->is_error()) return false;
        copy_metadata(e, *rest);
    }
    return true;
}

static Value group_split(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_group(I, self, "split");
    Matcher m;
    if (!e || !check_nargs(I, a, "split", 1, 1) || !make_matcher(I, a.args[0], &m))
        return Value::error();
    Value match, rest;
    if (!split_rec(I, self, m, true, &match, &rest)) return Value::error();
    return new_tuple(
        I, {match.is_undef() ? Value::none() : match, rest.is_undef() ? Value::none() : rest});
}

static Value group_subgroup(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_group(I, self, "subgroup");
    Matcher m;
    if (!e || !check_nargs(I, a, "subgroup", 1, 1) || !make_matcher(I, a.args[0], &m))
        return Value::error();
    Value match, rest;
    if (!split_rec(I, self, m, false, &match, &rest)) return Value::error();
    return match.is_undef() ? Value::none() : match;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_exception_methods(Interp& I) {
    TypeObj* b = I.t.BaseException;
    add_method(I, b, "__init__", exception_init_native);
    Value nf = new_native_function(I, "__new__", exception_new);
    dict_set_str(
        I, b->dict, I.n.__new__,
        Value::object(I.alloc<MethodWrapperObj>(Kind::StaticMethod, I.t.staticmethod, nf)));
    add_method(I, b, "__repr__", exception_repr);
    add_method(I, b, "__str__", exception_str);
    add_method(I, b, "with_traceback", exception_with_traceback);
    add_method(I, b, "add_note", exception_add_note);
    add_method(I, I.t.KeyError, "__str__", key_error_str);

    Value getter = new_native_function(I, "value", stop_iteration_value);
    Value setter = new_native_function(I, "value", stop_iteration_set_value);
    dict_set_str(I, I.t.StopIteration->dict, I.n.value,
                 Value::object(I.alloc<PropertyObj>(I.t.property, getter, setter, Value::none())));

    TypeObj* g = I.t.BaseExceptionGroup;
    g->new_fn = group_new;
    I.t.ExceptionGroup->new_fn = group_new;
    add_method(I, g, "__str__", group_str);
    add_method(I, g, "derive", group_derive);
    add_method(I, g, "split", group_split);
    add_method(I, g, "subgroup", group_subgroup);
}

} // namespace loopscope
