// compiled_python_test.cpp - the embedded Python compiled at build time (compiled_python.h):
// every module's code read back equals the compiled code field by field and allocates what
// compiling allocates (so collections fall where they did), the CLI uses code only for the
// text it was compiled from, and malformed bytes are refused.
#include "asyncio/asyncio_module.h"
#include "lang/bytes_object.h"
#include "lang/complex_object.h"
#include "stdlib/compiled_python.h"
#include "support/run_program.h"
#include "world/world_modules.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

using namespace loopscope;

namespace {

std::span<const unsigned char> as_bytes(const std::string& s) {
    return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

bool same_str(const StrObj* a, const StrObj* b) {
    if (!a || !b) return a == b;
    // interned strs are the very same object; others equal text, both not interned
    if (a->interned || b->interned) return a == b;
    return std::string_view(a->s) == std::string_view(b->s);
}

bool same_code(Interp& I, const CodeObj* a, const CodeObj* b, std::string& why);

bool same_value(Interp& I, Value a, Value b, std::string& why) {
    if (a.tag != b.tag) return why = "constant tag", false;
    switch (a.tag) {
        case Tag::None: return true;
        case Tag::Bool: return a.b == b.b;
        case Tag::Int: return a.i == b.i;
        case Tag::Float: return std::memcmp(&a.f, &b.f, sizeof a.f) == 0;
        case Tag::Obj: break;
        default: return why = "constant kind", false;
    }
    if (a.o->type != b.o->type || a.o->kind != b.o->kind) return why = "constant type", false;
    if (a.same(I.ellipsis)) return b.same(I.ellipsis);
    if (a.o->kind == Kind::Str)
        return same_str(static_cast<StrObj*>(a.o), static_cast<StrObj*>(b.o)) ||
               (why = "str constant", false);
    if (a.o->kind == Kind::Code)
        return same_code(I, static_cast<CodeObj*>(a.o), static_cast<CodeObj*>(b.o), why);
    if (a.o->kind == Kind::Tuple) {
        auto& x = static_cast<TupleObj*>(a.o)->items;
        auto& y = static_cast<TupleObj*>(b.o)->items;
        if (x.size() != y.size()) return why = "tuple size", false;
        for (size_t i = 0; i < x.size(); ++i)
            if (!same_value(I, x[i], y[i], why)) return false;
        return true;
    }
    if (a.o->kind == Kind::BigInt)
        return static_cast<BigIntObj*>(a.o)->v.to_string_unlimited() ==
               static_cast<BigIntObj*>(b.o)->v.to_string_unlimited();
    if (a.o->type == I.t.bytes) return as<BytesObj>(a)->data == as<BytesObj>(b)->data;
    if (a.o->type == I.t.complex_)
        return as<ComplexObj>(a)->re == as<ComplexObj>(b)->re &&
               as<ComplexObj>(a)->im == as<ComplexObj>(b)->im;
    return why = "unknown constant", false;
}

bool same_strs(const std::vector<StrObj*>& a, const std::vector<StrObj*>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!same_str(a[i], b[i])) return false;
    return true;
}

bool same_code(Interp& I, const CodeObj* a, const CodeObj* b, std::string& why) {
    why = std::string(a->qualname->s) + ": ";
    if (a == b) return why += "the same object", false;
    if (a->code != b->code) return why += "instructions", false;
    if (a->lines != b->lines) return why += "lines", false;
    if (a->positions != b->positions) return why += "positions", false;
    if (!same_strs(a->names, b->names) || !same_strs(a->varnames, b->varnames) ||
        !same_strs(a->cellnames, b->cellnames) || !same_strs(a->freenames, b->freenames))
        return why += "names", false;
    if (a->cell_arg != b->cell_arg) return why += "cell arguments", false;
    if (a->handlers.size() != b->handlers.size()) return why += "handlers", false;
    for (size_t i = 0; i < a->handlers.size(); ++i) {
        const ExcEntry &x = a->handlers[i], &y = b->handlers[i];
        if (x.start != y.start || x.end != y.end || x.target != y.target || x.depth != y.depth ||
            x.push_lasti != y.push_lasti)
            return why += "handler entry", false;
    }
    if (!same_str(a->name, b->name) || !same_str(a->qualname, b->qualname) ||
        !same_str(a->filename, b->filename) || !same_str(a->doc, b->doc))
        return why += "name, file or doc", false;
    if (a->firstlineno != b->firstlineno || a->argcount != b->argcount ||
        a->posonlyargcount != b->posonlyargcount || a->kwonlyargcount != b->kwonlyargcount ||
        a->stacksize != b->stacksize || a->flags != b->flags || a->calls != b->calls ||
        a->fast_argc != b->fast_argc || a->frame_size != b->frame_size ||
        a->global_cache.size() != b->global_cache.size() ||
        a->load_attr_cache.size() != b->load_attr_cache.size() ||
        a->store_attr_cache.size() != b->store_attr_cache.size() || a->gc_size() != b->gc_size())
        return why += "scalar fields", false;
    if (a->consts.size() != b->consts.size()) return why += "constant count", false;
    for (size_t i = 0; i < a->consts.size(); ++i)
        if (!same_value(I, a->consts[i], b->consts[i], why)) return false;
    return true;
}

std::vector<const PythonSource*> embedded_sources() {
    std::vector<const PythonSource*> all;
    for (auto table : {stdlib_python_sources(), asyncio_python_sources(),
                       asyncio_concurrent_sources(), world_python_sources(),
                       world_aiofiles_sources(), world_redis_sources(), world_streams_sources()})
        for (const PythonSource& s : table) all.push_back(&s);
    return all;
}

} // namespace

TEST_CASE("every embedded module's code reads back as compiled", "[stdlib][compiled_python]") {
    std::vector<const PythonSource*> sources = embedded_sources();
    REQUIRE(sources.size() > 20);
    for (const PythonSource* src : sources) {
        INFO(src->module);
        const char* text = python_text(*src);
        REQUIRE(text);
        // compiling and reading each in a fresh interpreter allocate the same heap bytes
        Interp compiling;
        size_t before = compiling.heap.allocated;
        CodeObj* compiled = compile_python_text(compiling, *src, text);
        REQUIRE(compiled);
        size_t compile_bytes = compiling.heap.allocated - before;
        std::string bytes;
        REQUIRE(write_code(compiling, compiled, bytes));

        Interp reading;
        before = reading.heap.allocated;
        CodeObj* read = read_code(reading, as_bytes(bytes));
        REQUIRE(read);
        CHECK(reading.heap.allocated - before == compile_bytes);

        // field by field, in the interpreter that compiled it (interned strs are identical)
        CodeObj* again = read_code(compiling, as_bytes(bytes));
        REQUIRE(again);
        std::string why;
        CHECK(same_code(compiling, compiled, again, why));
        INFO(why);
    }
}

TEST_CASE("code compiled ahead is used only for the text it came from",
          "[stdlib][compiled_python]") {
    static const PythonSource kModule[] = {
        {"ahead_mod", "ahead_mod.py", "WHO = 'text'\n"},
    };
    const char* other_text = "WHO = 'compiled ahead'\n";
    std::string bytes;
    {
        Interp I;
        CodeObj* code = compile_python_text(I, kModule[0], other_text);
        REQUIRE(code);
        REQUIRE(write_code(I, code, bytes));
    }
    auto run = [](std::span<const CompiledPython> ahead) {
        set_compiled_python(ahead);
        CapturedRun r = test::run_program("import ahead_mod\nprint(ahead_mod.WHO)\n",
                                          [](Interp& I) { register_python_modules(I, kModule); });
        set_compiled_python({});
        return r.out;
    };
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    // the code whose recorded text is the module's text runs instead of compiling the text
    const CompiledPython matching[] = {
        {"ahead_mod", python_text_hash(kModule[0].text), data, bytes.size()}};
    CHECK(run(matching) == "compiled ahead\n");
    // code recorded for another text is not used: the module's own text is compiled
    const CompiledPython stale[] = {
        {"ahead_mod", python_text_hash(other_text), data, bytes.size()}};
    CHECK(run(stale) == "text\n");
    CHECK(run({}) == "text\n");
}

TEST_CASE("malformed compiled code is refused", "[stdlib][compiled_python]") {
    Interp I;
    PythonSource src{
        "m", "m.py",
        "def f(x, *a, k=1.5, **kw):\n    return (x, b'y', 2j, 123456789012345678901234567890)\n"};
    CodeObj* code = compile_python_text(I, src, src.text);
    REQUIRE(code);
    std::string bytes;
    REQUIRE(write_code(I, code, bytes));
    REQUIRE(read_code(I, as_bytes(bytes)));
    for (size_t cut : {size_t(0), size_t(1), bytes.size() / 2, bytes.size() - 1})
        CHECK(read_code(I, as_bytes(bytes.substr(0, cut))) == nullptr);
    CHECK(read_code(I, as_bytes(bytes + "x")) == nullptr); // trailing bytes
}
