// vm_test.cpp - the VM's entry points seen from C++: driving generators and coroutines with
// gen_send / gen_throw (what the event loop does), the collector, recursion limits and deep
// await chains (which must not use the C++ stack).
#include "lang/compiler.h"
#include "lang/ops.h"
#include "lang/run.h"
#include "lang/scope.h"
#include "lang/vm.h"

#include <catch2/catch.hpp>

using namespace loopscope;

namespace {

// Run `source` as __main__ in `I` and return its globals.
DictObj* exec(Interp& I, const char* source) {
    ParseResult parsed = parse_and_resolve(source, "t.py");
    REQUIRE(parsed.ok());
    CompileResult c = compile_module(I, *parsed.module, source);
    REQUIRE(c.code);
    DictObj* globals = new_dict(I);
    dict_set_str(I, globals, I.n.__name__, Value::object(I.intern("__main__")));
    I.registry["test_globals"] = Value::object(globals);
    Value r = run_module_code(I, c.code, globals);
    if (r.is_error()) FAIL(format_exception(I, I.exc, source, "t.py"));
    return globals;
}

Value global(Interp& I, DictObj* g, const char* name) {
    return dict_get_str(g, I.intern(name));
}

Value call0(Interp& I, Value f) {
    return call(I, f, std::span<const Value>());
}

} // namespace

TEST_CASE("a coroutine driven by gen_send yields what it awaits and returns its result", "[vm]") {
    Interp I;
    DictObj* g = exec(I, R"(
class Wait:
    def __await__(self):
        got = yield "tick"
        return got * 2

async def inner():
    x = await Wait()
    return x + 1

async def outer():
    return await inner()
)");
    Value coro = call0(I, global(I, g, "outer"));
    REQUIRE(is_kind(coro, Kind::Generator));
    auto* co = as<GenObj>(coro);
    RunResult r1 = gen_send(I, co, Value::none());
    REQUIRE(r1.status == RunStatus::Yielded);
    REQUIRE(str_view(r1.value) == "tick");
    RunResult r2 = gen_send(I, co, Value::integer(20));
    REQUIRE(r2.status == RunStatus::Returned);
    REQUIRE(r2.value.is_int());
    REQUIRE(r2.value.i == 41);
    REQUIRE(co->frame == nullptr);
}

TEST_CASE("gen_throw raises at the innermost await and the coroutine can handle it", "[vm]") {
    Interp I;
    DictObj* g = exec(I, R"(
class Wait:
    def __await__(self):
        yield "suspended"

log = []
async def inner():
    try:
        await Wait()
    finally:
        log.append("inner cleanup")

async def outer():
    try:
        await inner()
    except ValueError as e:
        log.append("outer caught " + str(e))
        return "recovered"
)");
    auto* co = as<GenObj>(call0(I, global(I, g, "outer")));
    REQUIRE(gen_send(I, co, Value::none()).status == RunStatus::Yielded);
    RunResult r = gen_throw(I, co, make_exception(I, I.t.ValueError, "boom"));
    REQUIRE(r.status == RunStatus::Returned);
    REQUIRE(str_view(r.value) == "recovered");
    Value log = global(I, g, "log");
    auto& items = as<ListObj>(log)->items;
    REQUIRE(items.size() == 2);
    REQUIRE(str_view(items[0]) == "inner cleanup");
    REQUIRE(str_view(items[1]) == "outer caught boom");
}

TEST_CASE("an exception thrown into a coroutine that does not catch it escapes with a traceback",
          "[vm]") {
    Interp I;
    DictObj* g = exec(I, R"(
class Wait:
    def __await__(self):
        yield None

async def waiter():
    await Wait()
)");
    auto* co = as<GenObj>(call0(I, global(I, g, "waiter")));
    REQUIRE(gen_send(I, co, Value::none()).status == RunStatus::Yielded);
    RunResult r = gen_throw(I, co, make_exception(I, I.t.RuntimeError, "stop"));
    REQUIRE(r.status == RunStatus::Raised);
    REQUIRE(exc_matches(I, r.value, I.t.RuntimeError));
    auto* e = as<ExceptionObj>(r.value);
    REQUIRE_FALSE(e->traceback.empty());
    REQUIRE(e->traceback.back().code->name->s == "waiter");
    REQUIRE(co->frame == nullptr);
}

TEST_CASE("sending into a finished coroutine is a RuntimeError", "[vm]") {
    Interp I;
    DictObj* g = exec(I, "async def f():\n    return 1\n");
    auto* co = as<GenObj>(call0(I, global(I, g, "f")));
    REQUIRE(gen_send(I, co, Value::none()).status == RunStatus::Returned);
    RunResult again = gen_send(I, co, Value::none());
    REQUIRE(again.status == RunStatus::Raised);
    REQUIRE(exc_matches(I, again.value, I.t.RuntimeError));
}

TEST_CASE("await chains deeper than the C++ stack could hold run by switching frames", "[vm]") {
    // 900 nested awaits: each level is a heap frame; the dispatch loop never recurses.
    CapturedRun r = run_captured(R"(
class Wait:
    def __await__(self):
        v = yield "deep"
        return v

async def level(n):
    if n == 0:
        return await Wait()
    return await level(n - 1) + 1

c = level(900)
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print(e.value)
)");
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.out == "deep\n905\n");
}

TEST_CASE("the collector frees garbage created in a loop", "[vm][gc]") {
    Interp I;
    I.heap.threshold = 1 << 20;
    exec(I, R"(
total = 0
for i in range(200000):
    xs = [i, str(i), (i, i)]
    total += len(xs)
)");
    REQUIRE(I.heap.collections > 0);
    // Far fewer objects alive than were created (600k).
    REQUIRE(I.heap.count < 100000);
}

TEST_CASE("a never-awaited coroutine is reported when collected", "[vm][gc]") {
    CapturedRun r = run_captured("async def job():\n    pass\n\njob()\nprint('done')\n");
    REQUIRE(r.status == 0);
    REQUIRE(r.out == "done\n");
    REQUIRE(r.err.find("RuntimeWarning: coroutine 'job' was never awaited") != std::string::npos);
}

TEST_CASE("deep recursion ends in RecursionError, not a crash", "[vm]") {
    CapturedRun r = run_captured("def f(n):\n    return f(n + 1)\n\nf(0)\n");
    REQUIRE(r.status == 1);
    REQUIRE(r.err.find("RecursionError: maximum recursion depth exceeded") != std::string::npos);
    REQUIRE(r.err.find("[Previous line repeated 996 more times]") != std::string::npos);
}

TEST_CASE("the disassembler lists every code object with its exception table", "[compiler]") {
    Interp I;
    const char* src = "def f(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError:\n  "
                      "      return 0\n";
    ParseResult parsed = parse_and_resolve(src, "t.py");
    REQUIRE(parsed.ok());
    CompileResult c = compile_module(I, *parsed.module, src);
    REQUIRE(c.code);
    std::string d = disassemble(c.code);
    REQUIRE(d.find("Disassembly of f:") != std::string::npos);
    REQUIRE(d.find("CHECK_EXC_MATCH") != std::string::npos);
    REQUIRE(d.find("ExceptionTable:") != std::string::npos);
}

TEST_CASE("a script runs in slices and an infinite loop can be stopped", "[vm][budget]") {
    Interp I;
    std::string out;
    I.write_out = [&](std::string_view s) { out.append(s); };
    ScriptRunner run(I, "print('start')\nn = 0\nwhile True:\n    n += 1\n", "main.py");
    int slices = 0;
    while (!run.step(1000) && slices < 50) ++slices;
    REQUIRE(slices == 50); // it never finishes by itself...
    REQUIRE_FALSE(run.finished());
    REQUIRE(out == "start\n"); // ...but each slice returned control
    run.stop();
    REQUIRE(run.finished());
    REQUIRE(run.status() == 1);
    REQUIRE(I.frame == nullptr); // every frame was freed
    REQUIRE(I.depth == 0);
}

TEST_CASE("a sliced run gives the same output as an unsliced one", "[vm][budget]") {
    const char* src = R"(
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gen(k):
    for i in range(k):
        yield i * i
total = 0
for x in gen(300):
    total += x
print(fib(15), total, [fib(i) for i in range(10)])
)";
    CapturedRun whole = run_captured(src);
    Interp I;
    std::string out;
    I.write_out = [&](std::string_view s) { out.append(s); };
    ScriptRunner run(I, src, "main.py");
    int slices = 1;
    while (!run.step(7)) ++slices;
    REQUIRE(slices > 100);
    REQUIRE(run.status() == 0);
    REQUIRE(out == whole.out);
}
