// deep_data_test.cpp - hashing data nested deeper than the recursion limit raises RecursionError
// instead of overflowing the C++ stack (CPython 3.11 itself crashes here, so this is no golden
// program), and tasks awaiting each other are cancelled. Comparisons and isinstance:
// tests/golden/deep_data.
#include "asyncio/asyncio_module.h"
#include "lang/run.h"

#include <catch2/catch.hpp>

using namespace loopscope;

TEST_CASE("hashing deeply nested tuples raises RecursionError", "[deep]") {
    CapturedRun r = run_captured("t = ()\n"
                                 "for i in range(200000):\n"
                                 "    t = (t,)\n"
                                 "for f in (hash, lambda t: {t: 1}, lambda t: {t}):\n"
                                 "    try:\n"
                                 "        f(t)\n"
                                 "    except RecursionError as e:\n"
                                 "        print(e)\n"
                                 "print(hash(((1, 2), (3,))) == hash(((1, 2), (3,))))\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const char* line = "maximum recursion depth exceeded while calling a Python object\n";
    REQUIRE(r.out == std::string(line) + line + line + "True\n");
}

TEST_CASE("cancelling tasks that await each other raises RecursionError", "[deep]") {
    // As CPython: Task.cancel() cancels what the task waits for, around the cycle until the
    // recursion limit; the runner's clean-up cancels them again while handling it.
    Interp I;
    register_modules(I);
    std::string out, err;
    I.write_out = [&](std::string_view s) { out.append(s); };
    I.write_err = [&](std::string_view s) { err.append(s); };
    int status = run_script(I,
                            "import asyncio\n"
                            "async def main():\n"
                            "    async def waiter(get):\n"
                            "        await get()\n"
                            "    t1 = t2 = None\n"
                            "    t1 = asyncio.create_task(waiter(lambda: t2))\n"
                            "    t2 = asyncio.create_task(waiter(lambda: t1))\n"
                            "    await asyncio.sleep(0.1)\n"
                            "    t1.cancel()\n"
                            "asyncio.run(main())\n",
                            "main.py");
    INFO(err);
    REQUIRE(status == 1);
    REQUIRE(out.empty());
    std::string line = "RecursionError: maximum recursion depth exceeded while calling a Python "
                       "object\n";
    size_t first = err.find(line);
    REQUIRE(first != std::string::npos);
    REQUIRE(err.find("During handling of the above exception, another exception occurred") !=
            std::string::npos);
    REQUIRE(err.find(line, first + 1) != std::string::npos);
    REQUIRE(err.find("line 9, in main") != std::string::npos);
}
