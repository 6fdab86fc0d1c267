// memory_error_test.cpp - MemoryError instead of an abort (issue 16 item 4, lang/memory_guard.h):
// size checks before huge allocations, the budget checked at safe points and in native loops,
// and a MemoryError the program handles like any exception.
#include "core/memory.h"
#include "lang/run.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {
struct BudgetScope {
    size_t saved = memory::budget();
    explicit BudgetScope(size_t bytes) { memory::set_budget(bytes); }
    ~BudgetScope() { memory::set_budget(saved); }
};

CapturedRun run_with_budget(const std::string& source, size_t extra_bytes) {
    CapturedRun r{0, {}, {}};
    Interp I;
    I.write_out = [&](std::string_view s) { r.out.append(s); };
    I.write_err = [&](std::string_view s) { r.err.append(s); };
    BudgetScope scope(memory::in_use() + extra_bytes);
    r.status = run_script(I, source, "main.py");
    return r;
}

std::string last_line(const std::string& text) {
    std::string t = text;
    while (!t.empty() && t.back() == '\n') t.pop_back();
    size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}
} // namespace

TEST_CASE("huge allocations raise MemoryError before they are made", "[memory]") {
    const char* bombs[] = {
        "'1'.zfill(2**40)", "'%*d' % (2**40, 1)", "[0] * 10**9",
        "'a'.ljust(2**45)", "'ab'.center(2**44)", "format(1, '99999999999')",
        "'x' * (2**30)",    "(0,) * (2**28)",     "[1, 2] + [0] * (2**27)",
    };
    for (const char* bomb : bombs) {
        INFO(bomb);
        CapturedRun r = run_with_budget(std::string("print(len(") + bomb + "))\n", 64u << 20);
        REQUIRE(r.status == 1);
        REQUIRE(r.out.empty());
        REQUIRE(r.err.rfind("Traceback (most recent call last):\n", 0) == 0);
        REQUIRE(last_line(r.err) == "MemoryError");
    }
}

TEST_CASE("growing data past the budget raises MemoryError in the program", "[memory]") {
    const char* programs[] = {
        "s = 'x'\nwhile True:\n    s += s\n",
        "xs = list(range(10**9))\n",
        "xs = []\nwhile True:\n    xs.append(str(len(xs)))\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
        "class A:\n    def __init__(self):\n        self.xs = []\n        while True:\n"
        "            self.xs.append('x' * 100)\nA()\n",
        "def g():\n    n = 0\n    while True:\n        yield n\n        n += 1\n"
        "xs = [n for n in g()]\n",
        "print(sum(1 for _ in [0] * 10**9))\n",
    };
    for (const char* program : programs) {
        INFO(program);
        CapturedRun r = run_with_budget(program, 64u << 20);
        REQUIRE(r.status == 1);
        REQUIRE(last_line(r.err) == "MemoryError");
    }
}

TEST_CASE("a MemoryError is caught like any exception and the program goes on", "[memory]") {
    CapturedRun r = run_with_budget("try:\n"
                                    "    '1'.zfill(2**40)\n"
                                    "except MemoryError as e:\n"
                                    "    print('caught', repr(e), e.args)\n"
                                    "hoard = []\n"
                                    "try:\n"
                                    "    while True:\n"
                                    "        hoard.append('y' * 1000)\n"
                                    "except MemoryError:\n"
                                    "    print('caught again', len(hoard) > 1000)\n"
                                    "hoard = None\n"
                                    "more = ['z' * 1000 for _ in range(10000)]\n"
                                    "print('after', len(more))\n",
                                    64u << 20);
    REQUIRE(r.err == "");
    REQUIRE(r.out == "caught MemoryError() ()\ncaught again True\nafter 10000\n");
    REQUIRE(r.status == 0);
}

TEST_CASE("a MemoryError at a loop's back edge is caught by the try around the loop", "[memory]") {
    // The budget runs out at the safe point of the loop's backward jump, whose target is the
    // first instruction of the try; the error is the jump's, inside the try. (It was raised
    // from the instruction before the target, outside the try, and escaped at some budgets.)
    const std::string source = "hoard = []\n"
                               "try:\n"
                               "    while True:\n"
                               "        hoard.append('y' * 1000)\n"
                               "except MemoryError as e:\n"
                               "    print('caught', repr(e))\n"
                               "hoard = None\n"
                               "print('after')\n";
    for (size_t kb = 1024; kb <= 16 * 1024; kb += 256) {
        CapturedRun r = run_with_budget(source, kb << 10);
        INFO(kb << " KB over what is in use\n" << r.err);
        REQUIRE(r.out == "caught MemoryError()\nafter\n");
        REQUIRE(r.status == 0);
    }
}
