// builtins_async.cpp - aiter() and anext() (CPython's builtin_aiter / builtin_anext).
// anext(it, default) returns a small coroutine of the runtime's own Python that awaits
// it.__anext__() and gives `default` on StopAsyncIteration (CPython: an anext_awaitable).
#include "lang/builtins_shared.h"
#include "lang/compiler.h"
#include "lang/init.h"
#include "lang/scope.h"
#include "lang/vm.h"

namespace loopscope {

namespace {

// as builtin_anext's anext_awaitable: await the step, the default when the iterator is done
const char* const kAnextDefault = "async def anext_with_default(step, default):\n"
                                  "    try:\n"
                                  "        return await step\n"
                                  "    except StopAsyncIteration:\n"
                                  "        return default\n";

void mark_library(CodeObj* code) {
    code->flags |= CO_LIBRARY;
    for (const Value& c : code->consts)
        if (is_kind(c, Kind::Code)) mark_library(as<CodeObj>(c));
}

Value bi_aiter(Interp& I, Value, const CallArgs& a) {
    if (a.nkw()) return raise_type_error(I, "aiter() takes no keyword arguments");
    if (a.nargs != 1)
        return raise_type_error(I, "aiter() takes exactly one argument (" +
                                       std::to_string(a.nargs) + " given)");
    Value obj = a.args[0];
    Value it = call_special(I, obj, I.n.__aiter__, {});
    if (it.is_error()) return it;
    if (it.is_undef())
        return raise_type_error(I, "'" + type_name(I, obj) + "' object is not an async iterable");
    if (type_lookup(type_of(I, it), I.n.__anext__).is_undef())
        return raise_type_error(I, "aiter() returned not an async iterator of type '" +
                                       type_name(I, it) + "'");
    return it;
}

// `helper` (bound as the native function's self) is anext_with_default.
Value bi_anext(Interp& I, Value helper, const CallArgs& a) {
    if (a.nkw()) return raise_type_error(I, "anext() takes no keyword arguments");
    if (a.nargs < 1 || a.nargs > 2)
        return raise_type_error(I,
                                std::string("anext expected ") +
                                    (a.nargs < 1 ? "at least 1 argument" : "at most 2 arguments") +
                                    ", got " + std::to_string(a.nargs));
    Value it = a.args[0];
    if (type_lookup(type_of(I, it), I.n.__anext__).is_undef())
        return raise_type_error(I, "'" + type_name(I, it) + "' object is not an async iterator");
    Value step = call_special(I, it, I.n.__anext__, {});
    if (step.is_error() || a.nargs == 1) return step;
    Value args[2] = {step, a.args[1]};
    return call(I, helper, std::span<const Value>(args, 2));
}

} // namespace

void init_async_builtins(Interp& I) {
    add_builtin(I, "aiter", bi_aiter);
    ParseResult parsed = parse_and_resolve(kAnextDefault, "<anext>");
    CompileResult c =
        parsed.ok() ? compile_module(I, *parsed.module, kAnextDefault) : CompileResult{};
    if (!c.code) return; // cannot happen: the source is fixed
    mark_library(c.code);
    DictObj* globals = new_dict(I);
    dict_set_str(I, globals, I.n.__builtins__, Value::object(I.builtins));
    dict_set_str(I, globals, I.n.__name__, I.str("builtins"));
    if (run_module_code(I, c.code, globals).is_error()) {
        I.exc = Value::none();
        return;
    }
    Value helper = dict_get_str(globals, I.intern("anext_with_default"));
    Value anext = new_native_function(I, "anext", bi_anext);
    as<NativeFunctionObj>(anext)->self = helper;
    dict_set_str(I, I.builtins, I.intern("anext"), anext);
}

} // namespace loopscope
