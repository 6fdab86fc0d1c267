// source_module.cpp - `_source`, the private module through which the runtime's own Python
// makes code from text: dataclasses builds __init__, __repr__, __eq__... as source, so their
// signatures, argument errors and traceback lines ("<string>") are those of ordinary functions,
// as in CPython (which uses exec for the same).
#include "lang/compiler.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

namespace loopscope {

namespace {

// _source.run(text, globals): compile `text` as a module named "<string>" and run it with
// the dict `globals` as its namespace (the definitions it makes land there).
Value source_run(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "run", 2, 2)) return Value::error();
    if (!is_str(a.args[0]))
        return raise_type_error(I, "run() argument 1 must be str, not " + type_name(I, a.args[0]));
    if (!is_kind(a.args[1], Kind::Dict))
        return raise_type_error(I, "run() argument 2 must be dict, not " + type_name(I, a.args[1]));
    std::string text(str_view(a.args[0]));
    auto* globals = as<DictObj>(a.args[1]);
    ParseResult parsed = parse_and_resolve(text, "<string>");
    if (!parsed.ok())
        return raise(I, I.t.SyntaxError, format_syntax_error(parsed.error, "<string>"));
    CompileResult c = compile_module(I, *parsed.module, text);
    if (!c.code) return raise(I, I.t.SyntaxError, format_syntax_error(*c.error, "<string>"));
    if (dict_get_str(globals, I.n.__builtins__).is_undef())
        dict_set_str(I, globals, I.n.__builtins__, Value::object(I.builtins));
    Rooted code(I, Value::object(c.code));
    ++I.native_depth;
    Value r = run_module_code(I, c.code, globals);
    --I.native_depth;
    if (r.is_error()) return r;
    return Value::none();
}

} // namespace

Value make_source_module(Interp& I) {
    DictObj* d;
    Value m = new_module(I, "_source", &d);
    set_fn(I, d, "run", source_run);
    return m;
}

} // namespace loopscope
