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

// A program that prints "start" and then must be stopped by the limit of 200,000 ticks on code
// that cannot pause, within a few slices of 1,000, before any handler or finally runs.
Sliced run_until_stopped(const std::string& source) {
    Sliced s = run_sliced(source, 1000, 200000);
    INFO(source << "\n" << s.err);
    REQUIRE(s.finished);
    REQUIRE(s.slices < 5);
    REQUIRE(s.status == 1);
    REQUIRE(s.out == "start\n");
    REQUIRE(s.stop_reason.rfind("Stopped: ", 0) == 0);
    REQUIRE(s.err == s.stop_reason + "\n");
    return s;
}

} // namespace

TEST_CASE("a class's Python __init__ called from Python code pauses as the code around it",
          "[budget]") {
    // (run in the VM's loop, not by a native: more ticks than the limit on code that cannot pause)
    Sliced s = run_sliced("class A:\n    def __init__(self):\n        i = 0\n"
                          "        while i < 300000:\n            i += 1\nA()\nprint('done')\n",
                          1000, 200000);
    REQUIRE(s.finished);
    REQUIRE(s.status == 0);
    REQUIRE(s.out == "done\n");
    REQUIRE(s.slices > 100);
}

TEST_CASE("an endless loop where the run cannot pause is stopped with a message", "[budget]") {
    const char* programs[] = {
        "class A:\n    def __repr__(self):\n        while True: pass\nprint('start')\nprint(A())\n",
        "def key(x):\n    while True: pass\nprint('start')\nsorted([2, 1], key=key)\n",
        "print('start')\nsum(iter(int, 1))\n",
        // a generator drained by a builtin (gen_drain: its resumes in one run of the VM)
        "def g():\n    while True:\n        yield 1\nprint('start')\nsum(g())\n",
        "print('start')\nany(x < 0 for x in iter(int, 1))\n",
        "def g():\n    while True:\n        yield 1\nprint('start')\nset(x for x in g())\n",
        // (__init__ called by a native: map's; called from Python code it runs in the VM's loop)
        "class A:\n    def __init__(self, x):\n        try:\n            while True: pass\n"
        "        except BaseException:\n            print('caught')\n"
        "        finally:\n            print('finally')\nprint('start')\nlist(map(A, [0]))\n",
        "import asyncio\ndef cb():\n    while True: pass\nasync def main():\n"
        "    asyncio.get_running_loop().call_soon(cb)\n    await asyncio.sleep(1)\n"
        "print('start')\nasyncio.run(main())\n",
    };
    for (const char* src : programs) {
        Sliced s = run_until_stopped(src);
        REQUIRE(s.stop_reason.find("ran for 200,000 steps without returning") != std::string::npos);
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

    // The same overrun by generators that builtins drain (gen_drain), then the endless loop.
    std::string drained =
        "print(sum(x for x in range(30000)), len(list(x for x in range(30000))))\n"
        "def g():\n    while True:\n        yield 1\nit = g()\n"
        "while True:\n    next(it)\n";
    Sliced after_drain = run_sliced(drained, 1000, 200000, 200);
    INFO(after_drain.err);
    REQUIRE(after_drain.out == "449985000 30000\n");
    REQUIRE_FALSE(after_drain.finished);
    REQUIRE(after_drain.slices == 200);

    // No limit (the CLI without --max-ticks): nested work just runs.
    Sliced unlimited = run_sliced(src, 1000, -1);
    REQUIRE(unlimited.finished);
    REQUIRE(unlimited.out == "A\n20000\n");
}

TEST_CASE("slots written in Python that the VM runs inline pause like plain calls", "[budget]") {
    // An endless loop in a slot reached by len(), bool(), `not`, `in`, str(), format(),
    // iter(), next(), `for`, getattr() or an attribute fallback keeps pausing each slice (it
    // runs in the VM's own loop, vm_hooks.h): the page stays responsive, nothing is stopped.
    const char* slots[] = {"__len__",    "__bool__", "__contains__", "__str__",
                           "__format__", "__iter__", "__next__",     "__getattr__"};
    const char* uses[] = {"len(a)",        "bool(a)", "1 in a",  "str(a)",
                          "format(a, '')", "iter(a)", "next(a)", "getattr(a, 'x')"};
    for (int i = 0; i < 8; ++i) {
        std::string src = std::string("class A:\n    def ") + slots[i] +
                          "(self, *args):\n        while True: pass\na = A()\n" + uses[i] + "\n";
        Sliced s = run_sliced(src, 1000, 200000, 300);
        INFO(src << s.err);
        REQUIRE_FALSE(s.finished);
        REQUIRE(s.slices == 300);
    }
    for (const char* use : {"for x in a: pass", "if not a: pass", "a.x"}) {
        std::string src = std::string("class A:\n    def __iter__(self): return self\n") +
                          "    def __next__(self):\n        while True: pass\n" +
                          "    def __bool__(self):\n        while True: pass\n" +
                          "    def __getattr__(self, n):\n        while True: pass\n" +
                          "a = A()\n" + use + "\n";
        Sliced s = run_sliced(src, 1000, 200000, 300);
        INFO(src << s.err);
        REQUIRE_FALSE(s.finished);
    }
    // Finite slots that overrun slices: their results reach the caller's operation.
    std::string src = "class A:\n    n = 3\n    def spin(self):\n"
                      "        for i in range(3000): pass\n"
                      "    def __len__(self):\n        self.spin()\n        return self.n\n"
                      "    def __contains__(self, x):\n        self.spin()\n        return 0\n"
                      "    def __iter__(self):\n        self.spin()\n        return self\n"
                      "    def __next__(self):\n        self.spin()\n"
                      "        if self.n == 0: raise StopIteration\n"
                      "        self.n -= 1\n        return self.n\n"
                      "a = A()\nprint(len(a), bool(a), not a, 1 in a, 1 not in a)\n"
                      "print([x for x in a], len(a))\n";
    Sliced s = run_sliced(src, 1000, 200000);
    INFO(s.err);
    REQUIRE(s.finished);
    REQUIRE(s.status == 0);
    REQUIRE(s.out == "3 True False False True\n[2, 1, 0] 0\n");
    REQUIRE(s.slices > 20);
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

TEST_CASE("a built-in's own work is charged: one huge call is stopped before it starts",
          "[budget]") {
    // Each would take seconds in one native call; the charge (a tick per 256 bytes made or
    // scanned, an estimate of a huge int's limb products) is more than the page-like limit.
    const char* programs[] = {
        "print('start')\nx = [0] * 10**7\n",             // 160 MB made
        "print('start')\nb = bytes(10**8)\n",            // 100 MB
        "print('start')\nx = int('9' * 4000) ** 1000\n", // ~4e9 limb products
        "print('start')\nprint(pow(3, 10**3000, 10**3000 + 1))\n",
    };
    for (const char* src : programs) {
        Sliced s = run_until_stopped(src);
        REQUIRE(s.stop_reason == "Stopped: a built-in operation called from <module> (line 2) "
                                 "ran for 200,000 steps without returning (it had a huge or "
                                 "endless amount of data to work through), so it was ended.");
    }
}

TEST_CASE("work on large data costs ticks in proportion: slices stay short", "[budget]") {
    // Every iteration makes a 1 MB string and scans it twice: ~12,000 ticks of work (a tick
    // per 256 bytes) for a few bytecodes. Slices of 10,000 ticks pause after about one
    // iteration each, so the loop of 40 takes tens of slices (it took one before the work was
    // charged), and finishes.
    std::string src = "s = 'ab' * 500000\nn = 0\nfor i in range(40):\n    t = s.upper()\n"
                      "    n += t.count('C') + ('c' in t)\nprint(n)\n";
    Sliced s = run_sliced(src, 10000, 20000000);
    INFO(s.err);
    REQUIRE(s.finished);
    REQUIRE(s.status == 0);
    REQUIRE(s.out == "0\n");
    REQUIRE(s.slices >= 30);

    // Small data stays free: the same loop over 1 KB strings runs in one slice.
    Sliced small = run_sliced("s = 'ab' * 500\nfor i in range(40):\n    t = s.upper()\n"
                              "print(len(t))\n",
                              10000, 20000000);
    REQUIRE(small.finished);
    REQUIRE(small.out == "1000\n");
    REQUIRE(small.slices == 1);
}

TEST_CASE("repr, comparison and hashing of huge containers are bounded mid-call", "[budget]") {
    // Called from a __repr__ (code that cannot pause), each is stopped inside the built-in.
    const char* ops[] = {"repr(a)", "a == b", "a < b", "hash(t)", "str(d)"};
    for (const char* op : ops) {
        std::string src = std::string("a = list(range(10**6))\nb = list(range(10**6))\n"
                                      "t = tuple(a)\nd = dict.fromkeys(a)\n"
                                      "class A:\n    def __repr__(self):\n        while True: ") +
                          op + "\nprint('start')\nprint(A())\n";
        Sliced s = run_sliced(src, 10000000, 200000);
        INFO(src << "\n" << s.err);
        REQUIRE(s.finished);
        REQUIRE(s.status == 1);
        REQUIRE(s.out == "start\n");
        REQUIRE(s.stop_reason.find("ran for 200,000 steps without returning") != std::string::npos);
    }
}

TEST_CASE("a loop stopped at its back edge is named by a line inside the loop", "[budget]") {
    // The back edge's safe point runs after the jump; the message named the instruction before
    // the loop's start (here `x = 0`, line 3) instead of the jump's own line.
    const std::string source = "class A:\n"
                               "    def __repr__(self):\n"
                               "        x = 0\n"
                               "        while x >= 0:\n"
                               "            x += 1\n"
                               "            y = x\n"
                               "        return ''\n"
                               "print('start')\n"
                               "print(A())\n";
    Sliced s = run_until_stopped(source);
    REQUIRE(s.stop_reason.find("A.__repr__ (line 6)") != std::string::npos);
}
