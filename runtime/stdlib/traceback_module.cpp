// traceback_module.cpp - _traceback: what the traceback and warnings modules (py/traceback.py,
// py/warnings.py) need from the interpreter: an exception formatted as an uncaught one is
// (lang/vm.h format_exception), the Python frames running now, and the main file's lines.
#include "lang/builtins_shared.h"
#include "lang/frame_objects.h"
#include "lang/syntax_error.h"
#include "lang/traceback_markers.h"
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

// _format(exc, limit=None, chain=True[, tb]) -> the text an uncaught `exc` prints (chained
// causes and contexts included), as traceback.format_exception joins it; `tb` replaces the
// exception's own traceback for the top exception.
Value tb_format(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_format", 1, 4)) return Value::error();
    TracebackOptions opt;
    Value limit = arg_or(a, 1, Value::none());
    if (!limit.is_none()) {
        if (!to_index(I, limit, &opt.limit)) return Value::error();
        opt.has_limit = true;
    }
    Value chain = arg_or(a, 2, Value::boolean(true));
    int c = truthy(I, chain);
    if (c < 0) return Value::error();
    opt.chain = c != 0;
    std::vector<TracebackEntry> top;
    if (a.nargs > 3) {
        Value tb = a.args[3];
        if (!tb.is_none() && !is_traceback(I, tb))
            return raise_type_error(I, "'" + type_name(I, tb) + "' object is not a traceback");
        top = traceback_entries(I, tb);
        opt.top = &top;
    }
    return I.str(format_exception(I, a.args[0], registry_text(I, "__main__.source"),
                                  registry_text(I, "__main__.filename"), TracebackStyle::Module,
                                  opt));
}

// _tb_entries(tb) -> [(filename, lineno, name, line, end_lineno, colno, end_colno, markers)]
// for the chain from `tb` outwards-in (its order), the marker lines traceback.py prints under
// the source line ('' when none); positions are None where unknown.
Value tb_entries(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "_tb_entries")) return Value::error();
    std::vector<TracebackEntry> entries = traceback_entries(I, a.args[0]);
    std::string_view main_file = registry_text(I, "__main__.filename");
    std::string_view main_source = registry_text(I, "__main__.source");
    std::vector<Value> out;
    for (size_t k = entries.size(); k-- > 0;) {
        const TracebackEntry& t = entries[k];
        CodeObj* c = t.code;
        std::string file = c->filename ? c->filename->s.str() : "?";
        Value end_line = Value::none(), col = Value::none(), end_col = Value::none();
        std::string markers;
        SourceRange r;
        if (t.lasti >= 0 && instruction_range(c, t.lasti, &r) && r.line == t.line) {
            end_line = Value::integer(r.end_line);
            if (r.col >= 0) col = Value::integer(r.col);
            if (r.end_col >= 0) end_col = Value::integer(r.end_col);
            if (file == main_file) {
                std::string raw = source_line(main_source, t.line, false);
                if (!raw.empty() && raw.back() == '\r') raw.pop_back();
                if (raw.find_first_not_of(" \t\f") != std::string::npos)
                    markers = position_markers(raw, r, TracebackStyle::Module);
            }
        }
        out.push_back(new_tuple(
            I, {I.str(file), Value::integer(t.line), I.str(c->name ? c->name->s.view() : "?"),
                I.str(line_of(I, file, t.line)), end_line, col, end_col, I.str(markers)}));
    }
    return new_list(I, std::move(out));
}

// _stack() -> [(filename, lineno, function name, line, module name)], outermost first
Value tb_stack(Interp& I, Value, const CallArgs& a) {
    if (!check_none(I, a, "_stack")) return Value::error();
    std::vector<Value> out;
    for (Frame* f = I.frame; f; f = f->back) {
        CodeObj* c = f->code;
        std::string file = c->filename ? c->filename->s.str() : "?";
        int line = f->line();
        Value mod = f->globals ? dict_get_str(f->globals, I.n.__name__) : Value::undef();
        out.push_back(new_tuple(I, {I.str(file), Value::integer(line),
                                    I.str(c->name ? c->name->s.view() : "?"),
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
    set_fn(I, d, "_tb_entries", tb_entries);
    set_fn(I, d, "_stack", tb_stack);
    set_fn(I, d, "_line", tb_line);
    return m;
}

} // namespace loopscope
