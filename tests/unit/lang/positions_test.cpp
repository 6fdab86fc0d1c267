// positions_test.cpp - the source range each instruction keeps (lang/positions.h): the table
// round-trips, the compiler gives each kind of instruction the range CPython 3.11 gives it,
// and the table stays small (measured over the runtime's own Python).
#include "lang/compiler.h"
#include "lang/opcodes.h"
#include "lang/positions.h"
#include "lang/scope.h"
#include "stdlib/python_source.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace loopscope;

namespace {

CodeObj* compile(Interp& I, const char* source) {
    ParseResult parsed = parse_and_resolve(source, "t.py");
    REQUIRE(parsed.ok());
    CompileResult c = compile_module(I, *parsed.module, source);
    REQUIRE(c.code);
    return c.code;
}

// The range of the first instruction `op` of `code` (line 0 when there is none).
SourceRange range_of(const CodeObj* code, Op op, int nth = 0) {
    for (size_t i = 0; i < code->code.size(); ++i) {
        if (decode_op(code->code[i]) != op || nth-- > 0) continue;
        SourceRange r;
        REQUIRE(instruction_range(code, int32_t(i), &r));
        return r;
    }
    return SourceRange{};
}

void walk(const CodeObj* code, size_t* instructions, size_t* bytes, size_t* codes) {
    *instructions += code->code.size();
    *bytes += code->positions.size();
    ++*codes;
    for (Value v : code->consts)
        if (v.is_obj() && v.o->kind == Kind::Code)
            walk(static_cast<CodeObj*>(v.o), instructions, bytes, codes);
}

} // namespace

TEST_CASE("the position table round-trips runs, big numbers and unknown columns", "[positions]") {
    Interp I;
    CodeObj* code = I.alloc<CodeObj>(I.t.code);
    std::vector<SourceRange> ranges = {{1, 1, 0, 5},       {1, 1, 0, 5},   {1, 1, 4, 9},
                                       {2, 7, 300, 70000}, {9, 9, -1, -1}, {9, 9, -1, -1}};
    for (const SourceRange& r : ranges) code->lines.push_back(r.line);
    code->positions = encode_positions(ranges);
    CHECK(code->positions.size() == 4 + 4 + 7 + 4); // 2-byte column, 3-byte end column
    for (size_t i = 0; i < ranges.size(); ++i) {
        SourceRange r;
        REQUIRE(instruction_range(code, int32_t(i), &r));
        CHECK(r == ranges[i]);
    }
    SourceRange r;
    CHECK_FALSE(instruction_range(code, int32_t(ranges.size()), &r));
    CHECK_FALSE(instruction_range(code, -1, &r));
}

TEST_CASE("instructions carry the range of their node as in CPython 3.11", "[positions]") {
    Interp I;
    // a binary operator spans its parenthesized operands
    CodeObj* c = compile(I, "x = (1) + (None)\n");
    CHECK(range_of(c, Op::BINARY_OP) == SourceRange{1, 1, 4, 16});
    // a subscript, a comparison, a call
    c = compile(I, "y = d['k'] < f(1, 2)\n");
    CHECK(range_of(c, Op::BINARY_SUBSCR) == SourceRange{1, 1, 4, 10});
    CHECK(range_of(c, Op::CALL) == SourceRange{1, 1, 13, 20});
    CHECK(range_of(c, Op::COMPARE_OP) == SourceRange{1, 1, 4, 20});
    CHECK(range_of(c, Op::STORE_NAME) == SourceRange{1, 1, 0, 1});
    // a method call spread over lines: the attribute's name on its own line
    c = compile(I, "z = (obj\n     .meth(1))\n");
    CHECK(range_of(c, Op::LOAD_METHOD) == SourceRange{2, 2, 6, 10});
    CHECK(range_of(c, Op::CALL) == SourceRange{2, 2, 6, 13});
    // augmented assignment: the target's load, the statement's operation
    c = compile(I, "a[0] += 1\n");
    CHECK(range_of(c, Op::BINARY_SUBSCR) == SourceRange{1, 1, 0, 4});
    CHECK(range_of(c, Op::BINARY_OP) == SourceRange{1, 1, 0, 9});
    CHECK(range_of(c, Op::STORE_SUBSCR) == SourceRange{1, 1, 0, 4});
    // assert raises from a comparison's range, else from the statement's
    c = compile(I, "assert n == 1\nassert n\n");
    CHECK(range_of(c, Op::RAISE_VARARGS) == SourceRange{1, 1, 7, 13});
    CHECK(range_of(c, Op::RAISE_VARARGS, 1) == SourceRange{2, 2, 0, 8});
    // unpacking carries the target's range
    c = compile(I, "p, q = t\n");
    CHECK(range_of(c, Op::UNPACK_SEQUENCE) == SourceRange{1, 1, 0, 4});
}

TEST_CASE("the position table costs little per instruction", "[positions]") {
    Interp I;
    size_t instructions = 0, bytes = 0, codes = 0;
    for (const PythonSource& src : stdlib_python_sources()) {
        const char* text = python_text(src);
        if (!text) continue;
        ParseResult parsed = parse_and_resolve(text, src.file);
        if (!parsed.ok()) continue;
        CompileResult c = compile_module(I, *parsed.module, text);
        if (c.code) walk(c.code, &instructions, &bytes, &codes);
    }
    REQUIRE(instructions > 10000);
    if (std::getenv("LOOPSCOPE_POSITIONS_STATS"))
        std::printf("positions: %zu bytes for %zu instructions in %zu code objects\n", bytes,
                    instructions, codes);
    // runs of 4 one-byte numbers mostly (3.04 bytes an instruction when measured; the line
    // table takes 4)
    CHECK(bytes * 4 <= 13 * instructions);
}
