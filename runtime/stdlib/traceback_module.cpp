// traceback_module.cpp - _traceback: what the traceback and warnings modules (py/traceback.py,
// py/warnings.py) need from the interpreter: an exception formatted as an uncaught one is
// (lang/vm.h format_exception), the Python frames running now, and the main file's lines.
#include "lang/builtins_shared.h"
#include "lang/syntax_error.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

#include <algorithm>

namespace loopscope {

namespace {

// The program's text and name (ScriptRunner keeps them in the registry); empty when unknown.
std::string_view registry_text(Interp& I, const char* key) {
    auto it = I.registry.find(key);
    if (it == I.registry.end() || !is_str(it->second)) return {};
    return str_view(it->second);
}

// Line `line` of `filename` without its indentation and line end ('' for files other than the
// program's: the runtime's own modules show no source, as in tracebacks).
std::string line_of(Interp& I, std::string_view filename, int line) {
    if (filename != registry_text(I, "__main__.filename")) return "";
    std::string s = source_line(registry_text(I, "__main__.source"), line, false);
    size_t a = s.find_first_not_of(" \t\f");
    if (a == std::string::npos) return "";
    size_t b = s.find_last_not_of(" \t\f\r\n");
    return s.substr(a, b - a + 1);
}

// _format(exc) -> the text an uncaught `exc` prints (chained causes and contexts included)
Value tb_format(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "_format")) return Value::error();
    return I.str(format_exception(I, a.args[0], registry_text(I, "__main__.source"),
                                  registry_text(I, "__main__.filename"), TracebackStyle::Module));
}

// _stack() -> [(filename, lineno, function name, line, module name)], outermost first
Value tb_stack(Interp& I, Value, const CallArgs& a) {
    if (!check_none(I, a, "_stack")) return Value::error();
    std::vector<Value> out;
    for (Frame* f = I.frame; f; f = f->back) {
        CodeObj* c = f->code;
        std::string file = c->filename ? c->filename->s : "?";
        int line = f->line();
        Value mod = f->globals ? dict_get_str(f->globals, I.n.__name__) : Value::undef();
        out.push_back(
            new_tuple(I, {I.str(file), Value::integer(line), I.str(c->name ? c->name->s : "?"),
                          I.str(line_of(I, file, line)), is_str(mod) ? mod : I.str("")}));
    }
    std::reverse(out.begin(), out.end());
    return new_list(I, std::move(out));
}

// _line(filename, lineno) -> the stripped source line, or ''
Value tb_line(Interp& I, Value, const CallArgs& a) {
    int64_t line;
    if (!check_nargs(I, a, "_line", 2, 2) || !to_index(I, a.args[1], &line)) return Value::error();
    if (!is_str(a.args[0])) return I.str("");
    return I.str(line_of(I, str_view(a.args[0]), int(line)));
}

} // namespace

Value make_traceback_native_module(Interp& I) {
    DictObj* d;
    Value m = new_module(I, "_traceback", &d);
    set_fn(I, d, "_format", tb_format);
    set_fn(I, d, "_stack", tb_stack);
    set_fn(I, d, "_line", tb_line);
    return m;
}

} // namespace loopscope
