// gc_native_test.cpp - the collector runs while Python code runs inside a call from native code
// (lang/heap.h): garbage made in __repr__ reached from print, in __init__, a property, a sort
// key, an event-loop callback or a generator consumed by sum() is freed as it would be at module
// level, and everything a native still holds survives (these programs print what they computed
// from values that native frames kept across the collections).
#include "../support/measured_run.h"
#include "asyncio/asyncio_module.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;
using loopscope::test::measure_program;
using loopscope::test::MeasuredRun;

namespace {

// small loops, many collections; asyncio for the callback cases
MeasuredRun measure(const std::string& source) {
    return measure_program(source, 1u << 20, register_modules);
}

// A loop that makes N temporary 100-character strings (the reproducer, shorter).
std::string garbage_loop(const char* indent) {
    return std::string(indent) + "for i in range(100000):\n" + indent + "    s = 'x' * 100\n";
}

double mb(size_t bytes) {
    return double(bytes) / (1024.0 * 1024.0);
}

// Each entry path needs at most this much more than the same loop at module level (the loop
// alone, uncollected, would need about 20 MB; the collector runs every 1 MB here).
constexpr size_t kSlack = 6u << 20;

} // namespace

TEST_CASE("garbage made inside calls from native code is collected as at module level",
          "[gc][native]") {
    MeasuredRun module = measure(garbage_loop("") + "print('module')\n");
    REQUIRE(module.run.out == "module\n");
    INFO("module level: " << mb(module.peak_bytes) << " MB");
    REQUIRE(module.collections > 0);

    struct Case {
        const char* name;
        std::string source;
        const char* out;
    };
    const Case cases[] = {
        {"__repr__ via print",
         "class A:\n    def __repr__(self):\n" + garbage_loop("        ") +
             "        return 'A'\nprint(A())\n",
         "A\n"},
        {"__init__",
         "class A:\n    def __init__(self):\n" + garbage_loop("        ") +
             "        self.done = True\nprint(A().done)\n",
         "True\n"},
        {"property",
         "class A:\n    @property\n    def p(self):\n" + garbage_loop("        ") +
             "        return 7\nprint(A().p)\n",
         "7\n"},
        {"sort key",
         "def key(x):\n    if x == 2:\n" + garbage_loop("        ") +
             "    return -x\nprint(sorted([3, 1, 2], key=key))\n",
         "[3, 2, 1]\n"},
        {"call_soon callback",
         "import asyncio\ndef cb():\n" + garbage_loop("    ") +
             "    print('callback')\nasync def main():\n"
             "    asyncio.get_running_loop().call_soon(cb)\n"
             "    await asyncio.sleep(0)\nasyncio.run(main())\n",
         "callback\n"},
        {"generator consumed by sum()", "print(sum(len('x' * 100) for i in range(100000)))\n",
         "10000000\n"},
        {"generator consumed by list()",
         "def gen():\n" + garbage_loop("    ") +
             "        if i % 1000 == 0:\n            yield i\nprint(len(list(gen())))\n",
         "100\n"},
    };
    for (const Case& c : cases) {
        MeasuredRun m = measure(c.source);
        INFO(c.name << ": " << mb(m.peak_bytes) << " MB (module level " << mb(module.peak_bytes)
                    << " MB)\n"
                    << m.run.err);
        REQUIRE(m.run.status == 0);
        REQUIRE(m.run.out == c.out);
        REQUIRE(m.collections > 0);
        REQUIRE(m.peak_bytes < module.peak_bytes + kSlack);
    }
}

TEST_CASE("values native frames hold survive collections in the Python code they call",
          "[gc][native]") {
    // Each callback drops every Python reference to what the native still uses, then makes
    // enough garbage for several collections.
    const char* churn = "    for i in range(20000):\n        t = [i, str(i)]\n";
    const char* churn8 = "        for i in range(20000):\n            t = [i, str(i)]\n";
    std::string src = std::string() +
                      // sorted(): the items and keys made so far are held by the sort only.
                      "def key(x):\n" + churn +
                      "    return str(x)\n"
                      "print(sorted([str(i) * 3 for i in range(5)], key=key)[:2])\n"
                      // __init__ rebinding self: the new instance is held by the call only.
                      "class A:\n    def __init__(self, v):\n        self.v = v\n"
                      "        self = None\n" +
                      churn8 +
                      "print(A([1, 2]).v)\n"
                      // map() over a generator inside sum(): the pending arguments.
                      "def slow(a, b):\n" +
                      churn +
                      "    return len(a) + len(b)\n"
                      "print(sum(map(slow, (str(i) * 2 for i in range(3)), ['ab', 'cd', 'ef'])))\n"
                      // max() with a key: the best item so far.
                      "def k2(s):\n" +
                      churn +
                      "    return len(s)\n"
                      "print(max((c * 40 for c in 'abc'), key=k2)[:3])\n"
                      // raise X from Y(): the cause is built before X's __init__ runs.
                      "class E(Exception):\n    def __init__(self):\n" +
                      churn8 +
                      "        super().__init__('e')\n"
                      "try:\n    raise E from ValueError('cause' + str(1))\n"
                      "except E as e:\n    print(repr(e.__cause__))\n";
    Interp I;
    I.heap.threshold = I.heap.min_threshold = 256 << 10; // a collection in every callback
    std::string out, err;
    I.write_out = [&](std::string_view s) { out.append(s); };
    I.write_err = [&](std::string_view s) { err.append(s); };
    int status = run_script(I, src, "main.py");
    INFO(err);
    REQUIRE(status == 0);
    REQUIRE(out == "['000', '111']\n[1, 2]\n12\naaa\nValueError('cause1')\n");
    REQUIRE(I.heap.collections >= 15);
}
