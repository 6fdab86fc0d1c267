// logged_traceback_test.cpp - the tracebacks asyncio's logger prints under "Task exception was
// never retrieved" and "Exception in callback": CPython's full traceback with the program's
// source lines (its paths are absolute, so the golden programs cannot compare this text).
#include "asyncio/asyncio_module.h"
#include "lang/run.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope;

namespace {

std::string run_err(std::string_view source) {
    Interp I;
    register_modules(I);
    std::string err;
    I.write_out = [](std::string_view) {};
    I.write_err = [&](std::string_view s) { err.append(s); };
    run_script(I, source, "main.py");
    return err;
}

} // namespace

TEST_CASE("a failed task nobody awaited is logged with its whole traceback", "[asyncio]") {
    std::string err = run_err("import asyncio\n"
                              "def check(n):\n"
                              "    raise ValueError(f'bad {n}')\n"
                              "async def work(n):\n"
                              "    check(n)\n"
                              "async def main():\n"
                              "    asyncio.create_task(work(1))\n"
                              "    await asyncio.sleep(1)\n"
                              "asyncio.run(main())\n");
    CHECK(err == "Task exception was never retrieved\n"
                 "future: <Task finished name='Task-2' coro=<work() done, defined at main.py:4> "
                 "exception=ValueError('bad 1')>\n"
                 "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 5, in work\n"
                 "    check(n)\n"
                 "  File \"main.py\", line 3, in check\n"
                 "    raise ValueError(f'bad {n}')\n"
                 "ValueError: bad 1\n");
}

TEST_CASE("a failing callback is logged with its traceback and source lines", "[asyncio]") {
    std::string err = run_err("import asyncio\n"
                              "def cb():\n"
                              "    {}['k']\n"
                              "async def main():\n"
                              "    asyncio.get_running_loop().call_soon(cb)\n"
                              "    await asyncio.sleep(0)\n"
                              "asyncio.run(main())\n");
    CHECK(err.find("Exception in callback cb() at main.py:2\n") == 0);
    CHECK(err.find("Traceback (most recent call last):\n"
                   "  File \"main.py\", line 3, in cb\n"
                   "    {}['k']\n"
                   "    ~~^^^^^\n" // traceback.py marks a subscript even on a whole line
                   "KeyError: 'k'\n") != std::string::npos);
}

TEST_CASE("an exception with its own __str__ is logged with its traceback (Future.__del__ runs "
          "where Python may)",
          "[asyncio]") {
    std::string err = run_err("import asyncio\n"
                              "class E(Exception):\n"
                              "    def __str__(self):\n"
                              "        return 'mine'\n"
                              "async def work():\n"
                              "    raise E()\n"
                              "async def main():\n"
                              "    asyncio.create_task(work())\n"
                              "    await asyncio.sleep(1)\n"
                              "asyncio.run(main())\n");
    CHECK(err == "Task exception was never retrieved\n"
                 "future: <Task finished name='Task-2' coro=<work() done, defined at main.py:5> "
                 "exception=E()>\n"
                 "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 6, in work\n"
                 "    raise E()\n"
                 "E: mine\n");
}

TEST_CASE("a task's logged traceback has traceback.py's position markers", "[asyncio]") {
    std::string err = run_err("import asyncio\n"
                              "def check(n):\n"
                              "    return {'a': n}['b' * n] + 1\n"
                              "async def work(n):\n"
                              "    x = 1; check(n)\n"
                              "async def main():\n"
                              "    asyncio.create_task(work(1))\n"
                              "    await asyncio.sleep(1)\n"
                              "asyncio.run(main())\n");
    // as CPython 3.11.7 prints it (with its absolute path)
    CHECK(err == "Task exception was never retrieved\n"
                 "future: <Task finished name='Task-2' coro=<work() done, defined at main.py:4> "
                 "exception=KeyError('b')>\n"
                 "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 5, in work\n"
                 "    x = 1; check(n)\n"
                 "           ^^^^^^^^\n"
                 "  File \"main.py\", line 3, in check\n"
                 "    return {'a': n}['b' * n] + 1\n"
                 "           ~~~~~~~~^^^^^^^^^\n"
                 "KeyError: 'b'\n");
}
