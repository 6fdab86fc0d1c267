// exceptions_os.cpp - OSError and its family (CPython's Objects/exceptions.c, OSError part):
// errno / strerror / filename / filename2, the "[Errno N] text: 'file'" str, OSError(errno,
// ...) picking the subclass for that errno, and SystemExit.code.
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/init.h"

#include <utility>

namespace loopscope {

namespace {

// The subclass OSError(errno, ...) becomes (Linux errno values, as CPython's errnomap).
const char* subclass_for_errno(int64_t e) {
    switch (e) {
        case 1:  // EPERM
        case 13: // EACCES
            return "PermissionError";
        case 2: return "FileNotFoundError";   // ENOENT
        case 3: return "ProcessLookupError";  // ESRCH
        case 4: return "InterruptedError";    // EINTR
        case 10: return "ChildProcessError";  // ECHILD
        case 11:                              // EAGAIN
        case 114:                             // EALREADY
        case 115: return "BlockingIOError";   // EINPROGRESS
        case 17: return "FileExistsError";    // EEXIST
        case 20: return "NotADirectoryError"; // ENOTDIR
        case 21: return "IsADirectoryError";  // EISDIR
        case 32:                              // EPIPE
        case 108: return "BrokenPipeError";   // ESHUTDOWN
        case 103: return "ConnectionAbortedError";
        case 104: return "ConnectionResetError";
        case 111: return "ConnectionRefusedError";
        case 110: return "TimeoutError"; // ETIMEDOUT
        default: return nullptr;
    }
}

enum Field { Errno, Strerror, Filename, Filename2 };
const char* const kFieldNames[] = {"errno", "strerror", "filename", "filename2"};

// A field as OSError.__init__ sets it from (errno, strerror[, filename[, winerror[,
// filename2]]]): only when 2 to 5 arguments were given.
Value field_from_args(std::span<const Value> args, Field f) {
    size_t n = args.size();
    if (n < 2 || n > 5) return Value::none();
    switch (f) {
        case Errno: return args[0];
        case Strerror: return args[1];
        case Filename: return n >= 3 ? args[2] : Value::none();
        case Filename2: return n == 5 ? args[4] : Value::none();
    }
    return Value::none();
}

// The field: assigned (or stored by the constructor) in the instance dict, else from args.
Value get_field(Interp& I, ExceptionObj* e, Field f) {
    if (e->dict) {
        Value v = dict_get_str(e->dict, I.intern(kFieldNames[f]));
        if (!v.is_undef()) return v;
    }
    return field_from_args(e->args->items, f);
}

ExceptionObj* self_os_error(Interp& I, Value self) {
    if (is_kind(self, Kind::Exception)) return as<ExceptionObj>(self);
    raise_type_error(I, "descriptor requires an 'OSError' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

template <Field F>
Value os_field_get(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_os_error(I, arg(a, 0));
    if (!e) return Value::error();
    return get_field(I, e, F);
}

template <Field F>
Value os_field_set(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_os_error(I, arg(a, 0));
    if (!e) return Value::error();
    if (!e->dict) e->dict = new_dict(I);
    dict_set_str(I, e->dict, I.intern(kFieldNames[F]), a.nargs > 1 ? a.args[1] : Value::none());
    return Value::none();
}

// OSError.__new__ for the builtin family: the errno's subclass when called as OSError, the
// fields stored, and args cut to (errno, strerror) when a filename was given.
Value os_error_new(Interp& I, Value cls, const CallArgs& a) {
    auto* type = as<TypeObj>(cls);
    // A subclass with its own __init__ gets the keyword arguments there (CPython's
    // oserror_use_init): requests' exceptions take response= and request=.
    bool own_init = is_kind(type_lookup(type, I.n.__init__), Kind::Function);
    if (a.nkw() && !own_init)
        return raise_type_error(I, type->name->s + "() takes no keyword arguments");
    std::vector<Value> args(a.args, a.args + a.nargs);
    bool fields = args.size() >= 2 && args.size() <= 5;
    if (type == I.t.OSError && fields && args[0].is_small_int()) {
        if (const char* sub = subclass_for_errno(args[0].as_small_int())) {
            Value t = dict_get_str(I.builtins, I.intern(sub));
            if (is_kind(t, Kind::Type)) type = as<TypeObj>(t);
        }
    }
    DictObj* dict = nullptr;
    if (fields) {
        dict = new_dict(I);
        for (int f = Errno; f <= Filename2; ++f)
            dict_set_str(I, dict, I.intern(kFieldNames[f]), field_from_args(args, Field(f)));
        if (args.size() >= 3) args.resize(2);
    }
    auto* targs = as<TupleObj>(new_tuple(I, std::move(args)));
    return Value::object(I.alloc<ExceptionObj>(type, dict, targs));
}

// str(OSError): "[Errno 2] text: 'file' -> 'file2'", "[Errno 2] text", or as BaseException.
Value os_error_str(Interp& I, Value self, const CallArgs&) {
    ExceptionObj* e = self_os_error(I, self);
    if (!e) return Value::error();
    Value no = get_field(I, e, Errno), text = get_field(I, e, Strerror);
    Value file = get_field(I, e, Filename), file2 = get_field(I, e, Filename2);
    std::string out;
    auto add_str = [&](Value v) { return str_into(I, v, out); };
    auto add_repr = [&](Value v) { return repr_into(I, v, out); };
    if (!file.is_none()) {
        out += "[Errno ";
        if (!add_str(no)) return Value::error();
        out += "] ";
        if (!add_str(text)) return Value::error();
        out += ": ";
        if (!add_repr(file)) return Value::error();
        if (!file2.is_none()) {
            out += " -> ";
            if (!add_repr(file2)) return Value::error();
        }
        return I.str(out);
    }
    if (!no.is_none() && !text.is_none()) {
        out += "[Errno ";
        if (!add_str(no)) return Value::error();
        out += "] ";
        if (!add_str(text)) return Value::error();
        return I.str(out);
    }
    // CPython tests the C fields for NULL: OSError(None, "n") still prints "[Errno None] n"
    if (e->args->items.size() >= 2 && e->args->items.size() <= 5) {
        out += "[Errno ";
        if (!add_str(no)) return Value::error();
        out += "] ";
        if (!add_str(text)) return Value::error();
        return I.str(out);
    }
    const auto& args = e->args->items;
    if (args.empty()) return Value::object(I.empty_str);
    if (args.size() == 1) return to_str(I, args[0]);
    return to_str(I, Value::object(e->args));
}

// SystemExit.code: None, the one argument, or the args tuple; assignable.
Value system_exit_code(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_os_error(I, arg(a, 0));
    if (!e) return Value::error();
    if (e->dict) {
        Value v = dict_get_str(e->dict, I.intern("code"));
        if (!v.is_undef()) return v;
    }
    const auto& args = e->args->items;
    if (args.empty()) return Value::none();
    if (args.size() == 1) return args[0];
    return Value::object(e->args);
}

Value system_exit_set_code(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_os_error(I, arg(a, 0));
    if (!e) return Value::error();
    if (!e->dict) e->dict = new_dict(I);
    dict_set_str(I, e->dict, I.intern("code"), a.nargs > 1 ? a.args[1] : Value::none());
    return Value::none();
}

void add_property(Interp& I, TypeObj* t, const char* name, NativeFn get, NativeFn set) {
    Value g = new_native_function(I, name, get);
    Value s = new_native_function(I, name, set);
    dict_set_str(I, t->dict, I.intern(name),
                 Value::object(I.alloc<PropertyObj>(I.t.property, g, s, Value::none())));
}

// ImportError's msg, name and path (None unless set), as CPython's ImportError members.
ExceptionObj* self_import_error(Interp& I, Value self) {
    if (is_kind(self, Kind::Exception) && is_subtype(self.o->type, I.t.ImportError))
        return as<ExceptionObj>(self);
    raise_type_error(I, "descriptor requires an 'ImportError' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

constexpr const char* kImportFields[] = {"msg", "name", "path"};

template <int K>
Value import_field_get(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_import_error(I, arg(a, 0));
    if (!e) return Value::error();
    Value v = e->dict ? dict_get_str(e->dict, I.intern(kImportFields[K])) : Value::undef();
    return v.is_undef() ? Value::none() : v;
}

template <int K>
Value import_field_set(Interp& I, Value, const CallArgs& a) {
    ExceptionObj* e = self_import_error(I, arg(a, 0));
    if (!e) return Value::error();
    if (!e->dict) e->dict = new_dict(I);
    dict_set_str(I, e->dict, I.intern(kImportFields[K]), a.nargs > 1 ? a.args[1] : Value::none());
    return Value::none();
}

// ImportError(*args, name=None, path=None): msg is the only argument, if there is one alone.
Value import_error_init(Interp& I, Value self, const CallArgs& a) {
    ExceptionObj* e = self_import_error(I, self);
    if (!e) return Value::error();
    Value name = Value::none(), path = Value::none();
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view key = str_view(a.kwnames->items[size_t(k)]);
        if (key == "name")
            name = a.kwvalues()[k];
        else if (key == "path")
            path = a.kwvalues()[k];
        else
            return raise_type_error(I, "'" + std::string(key) +
                                           "' is an invalid keyword argument for ImportError()");
    }
    e->args = as<TupleObj>(new_tuple(I, std::vector<Value>(a.args, a.args + a.nargs)));
    if (!e->dict) e->dict = new_dict(I);
    dict_set_str(I, e->dict, I.intern("msg"), a.nargs == 1 ? a.args[0] : Value::none());
    dict_set_str(I, e->dict, I.intern("name"), name);
    dict_set_str(I, e->dict, I.intern("path"), path);
    return Value::none();
}

} // namespace

// An import that failed (vm.cpp): the module's name as ImportError.name, the text as msg.
void set_import_error_name(Interp& I, Value exc, std::string_view module) {
    if (!is_kind(exc, Kind::Exception)) return;
    auto* e = as<ExceptionObj>(exc);
    if (!e->dict) e->dict = new_dict(I);
    if (e->args->items.size() == 1) dict_set_str(I, e->dict, I.intern("msg"), e->args->items[0]);
    dict_set_str(I, e->dict, I.intern("name"), I.str(module));
}

void init_os_error_methods(Interp& I) {
    TypeObj* os = I.t.OSError;
    add_property(I, os, "errno", os_field_get<Errno>, os_field_set<Errno>);
    add_property(I, os, "strerror", os_field_get<Strerror>, os_field_set<Strerror>);
    add_property(I, os, "filename", os_field_get<Filename>, os_field_set<Filename>);
    add_property(I, os, "filename2", os_field_get<Filename2>, os_field_set<Filename2>);
    add_method(I, os, "__str__", os_error_str);
    // the builtin family: every builtin subclass of OSError
    for (auto& e : I.builtins->entries) {
        if (e.key().is_undef() || !is_kind(e.value(), Kind::Type)) continue;
        auto* t = as<TypeObj>(e.value());
        if (t->is_builtin && is_subtype(t, os)) t->new_fn = os_error_new;
    }
    add_property(I, I.t.SystemExit, "code", system_exit_code, system_exit_set_code);
    TypeObj* ie = I.t.ImportError;
    add_method(I, ie, "__init__", import_error_init);
    add_property(I, ie, "msg", import_field_get<0>, import_field_set<0>);
    add_property(I, ie, "name", import_field_get<1>, import_field_set<1>);
    add_property(I, ie, "path", import_field_get<2>, import_field_set<2>);
}

} // namespace loopscope
