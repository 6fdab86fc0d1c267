// sys_module.cpp - the small `sys` module lesson scripts reach for: sys.stdout / sys.stderr
// (write, flush), sys.exit, sys.argv, sys.modules, the recursion limit; version_info and
// the other facts in py/sys.py.
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"
#include "stdlib/python_source.h"

#include "lang/frame_objects.h"
#include "lang/vm.h"

namespace loopscope {

namespace {

struct StreamObj : NativeObj {
    bool is_err;
    StreamObj(TypeObj* t, bool err) : NativeObj(t), is_err(err) {}
    // its type is in no module's namespace: the streams keep it alive
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(type);
    }
};

Value stream_write(Interp& I, Value self, const CallArgs& a) {
    auto* stream = self.is_obj() && self.o->kind == Kind::Native
                       ? dynamic_cast<StreamObj*>(static_cast<NativeObj*>(self.o))
                       : nullptr;
    if (!stream) return raise_type_error(I, "write() requires a text stream");
    if (!check_nargs(I, a, "write", 1, 1)) return Value::error();
    if (!is_str(a.args[0]))
        return raise_type_error(I, "write() argument must be str, not " + type_name(I, a.args[0]));
    std::string_view s = str_view(a.args[0]);
    if (stream->is_err)
        I.write_err(s);
    else
        I.write_out(s);
    return Value::integer(as_str(a.args[0])->cp_len);
}

Value stream_flush(Interp&, Value, const CallArgs&) {
    return Value::none();
}

Value sys_exit(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "exit", 0, 1)) return Value::error();
    Value code = arg_or(a, 0, Value::none());
    Value e = call(I, Value::object(I.t.SystemExit), std::span<const Value>(&code, a.nargs));
    if (e.is_error()) return e;
    return raise_value(I, e);
}

// exception(): the exception being handled, or None (as sys.exception in 3.11's C API)
Value sys_exception(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "exception", 0, 0)) return Value::error();
    return current_handled_exception(I);
}

// exc_info(): (type, value, traceback) of the exception being handled, or three Nones
Value sys_exc_info(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "exc_info", 0, 0)) return Value::error();
    Value e = current_handled_exception(I);
    if (e.is_none()) return new_tuple(I, {Value::none(), Value::none(), Value::none()});
    Value tb = getattr_opt(I, e, I.intern("__traceback__"));
    if (tb.is_error()) return tb;
    if (tb.is_undef()) tb = Value::none();
    return new_tuple(I, {Value::object(type_of(I, e)), e, tb});
}

// _getframe(depth=0): the frame object `depth` calls up from the caller (as CPython's)
Value sys_getframe(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_getframe", 0, 1)) return Value::error();
    int64_t depth = 0;
    if (a.nargs && !to_index(I, a.args[0], &depth)) return Value::error();
    Frame* f = I.frame;
    for (; f && depth > 0; --depth) f = f->back;
    if (!f) return raise_value_error(I, "call stack is not deep enough");
    return Value::object(frame_object(I, f));
}

Value sys_getrecursionlimit(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "getrecursionlimit", 0, 0)) return Value::error();
    return Value::integer(I.recursion_limit);
}

// setrecursionlimit(n): the depth at which RecursionError is raised (as CPython, n >= 1)
Value sys_setrecursionlimit(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "setrecursionlimit", 1, 1)) return Value::error();
    if (!is_int(I, a.args[0]) || a.args[0].is_bool())
        return raise_type_error(I, "'" + type_name(I, a.args[0]) +
                                       "' object cannot be interpreted as an integer");
    double n;
    if (!to_double(I, a.args[0], &n)) return Value::error();
    if (n < 1) return raise_value_error(I, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX)
        return raise(I, I.t.OverflowError, "Python int too large to convert to C int");
    if (n <= I.depth)
        return raise(I, I.t.RecursionError,
                     "cannot set the recursion limit to " + std::to_string(int64_t(n)) +
                         " at the recursion depth " + std::to_string(I.depth) +
                         ": the limit is too low");
    I.recursion_limit = int32_t(n);
    return Value::none();
}

// _asyncgen_hooks() / _set_asyncgen_hooks(firstiter, finalizer): the hooks py/sys.py's
// get_asyncgen_hooks and set_asyncgen_hooks read and write (checked there).
Value sys_asyncgen_hooks(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_asyncgen_hooks", 0, 0)) return Value::error();
    return new_tuple(I, {I.asyncgen_firstiter, I.asyncgen_finalizer});
}
Value sys_set_asyncgen_hooks(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_set_asyncgen_hooks", 2, 2)) return Value::error();
    I.asyncgen_firstiter = a.args[0];
    I.asyncgen_finalizer = a.args[1];
    return Value::none();
}

// _readline(): the next line of the program's standard input ('' at its end), for py/sys.py's
// sys.stdin; a run without input says so.
Value sys_readline(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_readline", 0, 0)) return Value::error();
    if (!I.read_line)
        return raise(I, I.t.NotImplementedError,
                     "sys.stdin is not available here: this run has no program input "
                     "(in the page, write the text into the program)");
    std::string line;
    if (!I.read_line(line)) line.clear();
    return I.str(line);
}

} // namespace

Value make_sys_module(Interp& I) {
    DictObj* d = new_dict(I);
    dict_set_str(I, d, I.n.__name__, I.str("sys"));
    TypeObj* st = new_builtin_type(I, "TextIOWrapper", I.t.object, Kind::Native);
    add_method(I, st, "write", stream_write);
    add_method(I, st, "flush", stream_flush);
    dict_set_str(I, st->dict, I.n.__module__, I.str("_io"));
    dict_set_str(I, d, I.intern("stdout"), Value::object(I.alloc<StreamObj>(st, false)));
    dict_set_str(I, d, I.intern("stderr"), Value::object(I.alloc<StreamObj>(st, true)));
    set_fn(I, d, "exit", sys_exit);
    dict_set_str(I, d, I.intern("argv"), new_list(I, {I.str("main.py")}));
    dict_set_str(I, d, I.intern("version"), I.str("3.11.7 (loopscope)"));
    dict_set_str(I, d, I.intern("platform"), I.str("emscripten"));
    dict_set_str(I, d, I.intern("maxsize"), Value::integer(INT64_MAX));
    dict_set_str(I, d, I.intern("modules"), Value::object(I.modules));
    set_fn(I, d, "getrecursionlimit", sys_getrecursionlimit);
    set_fn(I, d, "exception", sys_exception);
    set_fn(I, d, "exc_info", sys_exc_info);
    set_fn(I, d, "_getframe", sys_getframe);
    set_fn(I, d, "setrecursionlimit", sys_setrecursionlimit);
    set_fn(I, d, "_asyncgen_hooks", sys_asyncgen_hooks);
    set_fn(I, d, "_set_asyncgen_hooks", sys_set_asyncgen_hooks);
    set_fn(I, d, "_readline", sys_readline);
    Value m = Value::object(I.alloc<ModuleObj>(I.t.module, I.intern("sys"), d));
    // version_info and the other facts are Python (runtime/stdlib/py/sys.py), run here
    const PythonSource* py = find_python_source(stdlib_python_sources(), "sys");
    if (!py || !run_python_source(I, *py, d)) return Value::error();
    return m;
}

} // namespace loopscope
