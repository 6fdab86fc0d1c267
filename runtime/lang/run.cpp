// run.cpp - run_script: the front end, the compiler and the VM in sequence.
#include "lang/run.h"

#include "lang/compiler.h"
#include "lang/ops.h"
#include "lang/scope.h"
#include "lang/vm.h"

namespace loopscope {

int run_script(Interp& I, std::string_view source, std::string_view filename) {
    ParseResult parsed = parse_and_resolve(source, filename);
    if (!parsed.ok()) {
        I.write_err(format_syntax_error(parsed.error, filename));
        return 1;
    }
    CompileResult compiled = compile_module(I, *parsed.module, source);
    if (!compiled.code) {
        I.write_err(format_syntax_error(*compiled.error, filename));
        return 1;
    }
    DictObj* globals = new_dict(I);
    dict_set_str(I, globals, I.n.__name__, Value::object(I.intern("__main__")));
    dict_set_str(I, globals, I.n.__file__, I.str(filename));
    dict_set_str(I, globals, I.n.__doc__, Value::none());
    dict_set_str(I, I.modules, I.n.__main__,
                 Value::object(I.alloc<ModuleObj>(I.t.module, I.n.__main__, globals)));
    Value r = run_module_code(I, compiled.code, globals);
    int status = 0;
    if (r.is_error()) {
        Value exc = I.exc;
        I.exc = Value::none();
        I.write_err(format_exception(I, exc, source, filename));
        status = 1;
    }
    // Collect what the script left behind so finalizer warnings are reported.
    dict_clear(globals);
    I.collect();
    return status;
}

CapturedRun run_captured(std::string_view source, std::string_view filename) {
    CapturedRun out{0, {}, {}};
    Interp I;
    I.write_out = [&](std::string_view s) { out.out.append(s); };
    I.write_err = [&](std::string_view s) { out.err.append(s); };
    out.status = run_script(I, source, filename);
    return out;
}

} // namespace loopscope
