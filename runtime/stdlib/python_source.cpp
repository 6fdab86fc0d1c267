// python_source.cpp - compiling and running the embedded Python (see python_source.h).
#include "stdlib/python_source.h"

#include "lang/compiler.h"
#include "lang/ops.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"
#include "lang/unicode_db.h"
#include "lang/vm.h"

#include <map>
#include <string>

namespace loopscope {

namespace {

// Marks `code` and every code object nested in it (functions, classes, lambdas,
// comprehensions are all constants of their parent) as the runtime's own.
void mark_library(CodeObj* code) {
    code->flags |= CO_LIBRARY;
    for (const Value& c : code->consts)
        if (is_kind(c, Kind::Code)) mark_library(as<CodeObj>(c));
}

CompiledLookup g_compiled_lookup = nullptr; // set_compiled_lookup

std::map<std::string, std::string, std::less<>>& provided_texts() {
    static std::map<std::string, std::string, std::less<>> texts;
    return texts;
}

} // namespace

void provide_python_text(std::string_view module, std::string text) {
    if (module == unicode::kDataKey) { // the Unicode database travels with the Python
        unicode::provide(std::move(text));
        return;
    }
    provided_texts()[std::string(module)] = std::move(text);
}

const char* python_text(const PythonSource& src) {
    if (src.text) return src.text;
    const auto& texts = provided_texts();
    auto it = texts.find(std::string_view(src.module));
    return it == texts.end() ? nullptr : it->second.c_str();
}

size_t python_texts_missing(std::span<const PythonSource> sources) {
    size_t n = 0;
    for (const PythonSource& s : sources) n += python_text(s) == nullptr;
    return n;
}

const PythonSource* find_python_source(std::span<const PythonSource> sources,
                                       std::string_view module) {
    for (const PythonSource& s : sources)
        if (module == s.module) return &s;
    return nullptr;
}

CodeObj* compile_python_text(Interp& I, const PythonSource& src, const char* text) {
    ParseResult parsed = parse_and_resolve(text, src.file);
    if (!parsed.ok()) {
        raise(I, I.t.SyntaxError, format_syntax_error(parsed.error, src.file));
        return nullptr;
    }
    CompileResult c = compile_module(I, *parsed.module, text);
    if (!c.code) {
        raise(I, I.t.SyntaxError, format_syntax_error(*c.error, src.file));
        return nullptr;
    }
    mark_library(c.code);
    return c.code;
}

void set_compiled_lookup(CompiledLookup lookup) {
    g_compiled_lookup = lookup;
}

CodeObj* python_source_code(Interp& I, const PythonSource& src, const char* text) {
    if (g_compiled_lookup)
        if (CodeObj* code = g_compiled_lookup(I, src, text)) return code;
    return compile_python_text(I, src, text);
}

bool run_python_source(Interp& I, const PythonSource& src, DictObj* globals) {
    const char* text = python_text(src);
    if (!text) {
        // The page runs nothing before the texts arrive; this is the message if it ever did.
        raise(I, I.t.ImportError,
              std::string("the module '") + src.module +
                  "' has not finished downloading yet: run the program again in a moment");
        return false;
    }
    CodeObj* code = python_source_code(I, src, text);
    if (!code) return false;
    dict_set_str(I, globals, I.n.__builtins__, Value::object(I.builtins));
    ++I.native_depth;
    Value r = run_module_code(I, code, globals);
    --I.native_depth;
    return !r.is_error();
}

Value load_python_module(Interp& I, const PythonSource& src) {
    DictObj* d = new_dict(I);
    StrObj* name = I.intern(src.module);
    dict_set_str(I, d, I.n.__name__, Value::object(name));
    dict_set_str(I, d, I.n.__file__, I.str(src.file));
    dict_set_str(I, d, I.n.__doc__, Value::none());
    Value m = Value::object(I.alloc<ModuleObj>(I.t.module, name, d));
    dict_set_str(I, I.modules, name, m);
    if (!run_python_source(I, src, d)) {
        Value exc = I.exc;
        dict_del_str(I.modules, name);
        I.exc = exc;
        return Value::error();
    }
    // a submodule becomes an attribute of its package, as the import system does
    std::string_view full = src.module;
    size_t dot = full.rfind('.');
    if (dot != std::string_view::npos) {
        Value parent = dict_get_str(I.modules, I.intern(full.substr(0, dot)));
        if (is_kind(parent, Kind::Module))
            dict_set_str(I, as<ModuleObj>(parent)->dict, I.intern(full.substr(dot + 1)), m);
    }
    return m;
}

void register_python_modules(Interp& I, std::span<const PythonSource> sources) {
    for (const PythonSource& s : sources) {
        const PythonSource* src = &s;
        I.module_factories[s.module] = [src](Interp& I) { return load_python_module(I, *src); };
    }
}

} // namespace loopscope
