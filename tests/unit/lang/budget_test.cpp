// budget_test.cpp - the tick budget bounds the work at any native depth (lang/budget.cpp): a
// page-like driver (short slices, a limit on code that cannot pause) ends every endless loop
// with a message, finite work that overruns a slice still finishes and pauses once it can,
// and the compiler's constant and name tables are hashed (a function with 70,000 locals).
#include "asyncio/asyncio_module.h"
#include "lang/run.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {

struct Sliced {
    int status = 0;
    bool finished = false;
    int slices = 0;
    std::string out, err, stop_reason;
};

// Run like the page: slices of `slice` ticks, at most `max_slices` of them.
Sliced run_sliced(const std::string& source, int64_t slice, int64_t max_overrun,
                  int max_slices = 100000) {
    Sliced s;
    Interp I;
    register_modules(I); // asyncio for the callback cases
    I.max_overrun_ticks = max_overrun;
    I.write_out = [&](std::string_view t) { s.out.append(t); };
    I.write_err = [&](std::string_view t) { s.err.append(t); };
    ScriptRunner run(I, source, "main.py");
    while (s.slices < max_slices) {
        ++s.slices;
        if (run.step(slice)) {
            s.finished = true;
            break;
        }
    }
    s.status = run.status();
    s.stop_reason = run.stop_reason();
    return s;
}

} // namespace

TEST_CASE("an endless loop where the run cannot pause is stopped with a message", "[budget]") {
    const char* programs[] = {
        "class A:\n    def __repr__(self):\n        while True: pass\nprint('start')\nprint(A())\n",
        "def key(x):\n    while True: pass\nprint('start')\nsorted([2, 1], key=key)\n",
        "print('start')\nsum(iter(int, 1))\n",
        "class A:\n    def __init__(self):\n        try:\n            while True: pass\n"
        "        except BaseException:\n            print('caught')\n"
        "        finally:\n            print('finally')\nprint('start')\nA()\n",
        "import asyncio\ndef cb():\n    while True: pass\nasync def main():\n"
        "    asyncio.get_running_loop().call_soon(cb)\n    await asyncio.sleep(1)\n"
        "print('start')\nasyncio.run(main())\n",
    };
    for (const char* src : programs) {
        Sliced s = run_sliced(src, 1000, 200000);
        INFO(src << "\n" << s.err);
        REQUIRE(s.finished);
        REQUIRE(s.slices < 5);
        REQUIRE(s.status == 1);
        REQUIRE(s.out == "start\n"); // no handler, finally or except ran
        REQUIRE(s.stop_reason.rfind("Stopped: ", 0) == 0);
        REQUIRE(s.stop_reason.find("ran for 200,000 steps without returning") != std::string::npos);
        REQUIRE(s.err == s.stop_reason + "\n");
    }
    Sliced s = run_sliced(programs[0], 1000, 200000);
    REQUIRE(s.stop_reason.find("A.__repr__ (line 3)") != std::string::npos);
}

TEST_CASE("finite work that overruns a slice finishes, and the run pauses again afterwards",
          "[budget]") {
    // __repr__ runs 30,000 ticks inside print (30 slices' worth); then a top-level endless
    // `next(g)` loop must still pause every slice (the budget was not left at "no limit").
    std::string src = "class A:\n    def __repr__(self):\n        for i in range(30000): pass\n"
                      "        return 'A'\nprint(A())\ndef g():\n    while True:\n        yield 1\n"
                      "it = g()\nn = 0\nwhile n < 20000:\n    n += next(it)\nprint(n)\n";
    Sliced s = run_sliced(src, 1000, 200000);
    INFO(s.err);
    REQUIRE(s.finished);
    REQUIRE(s.status == 0);
    REQUIRE(s.out == "A\n20000\n");
    REQUIRE(s.slices > 30); // the top-level loop paused every ~1,000 ticks

    Sliced endless = run_sliced("def g():\n    while True:\n        yield 1\nit = g()\n"
                                "while True:\n    next(it)\n",
                                1000, 200000, 200);
    REQUIRE_FALSE(endless.finished); // still pausing each slice: the page stays responsive
    REQUIRE(endless.slices == 200);

    // No limit (the CLI without --max-ticks): nested work just runs.
    Sliced unlimited = run_sliced(src, 1000, -1);
    REQUIRE(unlimited.finished);
    REQUIRE(unlimited.out == "A\n20000\n");
}

TEST_CASE("a function with 70,000 locals and constants compiles (hashed tables)", "[budget]") {
    std::string src = "def f():\n";
    for (int i = 0; i < 70000; ++i)
        src += "    v" + std::to_string(i) + " = " + std::to_string(i) + "\n";
    src += "    return v0 + v69999 + v35000\nprint(f())\n"
           // equal but distinct constants keep their own slots
           "def g():\n    return (0.0, -0.0, 1, True, 1.0, None, 'a', 'a')\nprint(g())\n";
    CapturedRun r = run_captured(src);
    INFO(r.err);
    REQUIRE(r.status == 0);
    REQUIRE(r.out == "104999\n(0.0, -0.0, 1, True, 1.0, None, 'a', 'a')\n");
}
