// test_asyncio_runtime.cpp - the virtual-clock asyncio runtime, through transcripts.
// Each script's expected transcript was produced by tools/cpython_oracle.py (CPython 3.11 on the
// virtual clock), never written by hand.
#include "asyncio/asyncio_module.h"
#include "lang/run.h"
#include "session/transcript.h"
#include "stdlib/clock.h"

#include "support/run_program.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope;

using test::run_program;

static std::string transcript_of(const char* source) {
    std::string out, err;
    run_transcript(
        source, "main.py", [&](std::string_view s) { out.append(s); },
        [&](std::string_view s) { err.append(s); });
    return out;
}

TEST_CASE("timers with equal deadlines fire in the order they were scheduled", "[asyncio]") {
    const char* script = R"PY(import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for name in "abc":
        loop.call_later(1, print, "later", name)
    loop.call_at(1.0, print, "at", "d")
    loop.call_soon(print, "soon")
    await asyncio.sleep(1)
    print("main after sleep", loop.time())

asyncio.run(main())
)PY";
    const char* expected = R"OUT([0.000] soon
[1.000] later a
[1.000] later b
[1.000] later c
[1.000] at d
[1.000] main after sleep 1.0
)OUT";
    CHECK(transcript_of(script) == expected);
}

TEST_CASE("the clock jumps exactly to the earliest deadline and run_once runs only what was ready "
          "when it began",
          "[asyncio]") {
    const char* script = R"PY(import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(0.1 + 0.2, print, "fired")
    await asyncio.sleep(0.5)
    print(repr(loop.time()))
    def first():
        print("first")
        loop.call_soon(lambda: print("queued by first runs next iteration"))
    loop.call_soon(first)
    loop.call_soon(print, "second")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main resumed again")

asyncio.run(main())
asyncio.run(asyncio.sleep(1.25))
import time
print("clock after two runs", time.monotonic())
)PY";
    const char* expected = R"OUT([0.300] fired
[0.500] 0.5
[0.500] first
[0.500] second
[0.500] main resumed
[0.500] queued by first runs next iteration
[0.500] main resumed again
[1.750] clock after two runs 1.75
)OUT";
    CHECK(transcript_of(script) == expected);
}

TEST_CASE("task cancellation counts requests, carries the message, and future callbacks run in "
          "registration order",
          "[asyncio]") {
    const char* script = R"PY(import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker cancelled with", e.args)
        raise

async def main():
    t = asyncio.create_task(worker(), name="w")
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancel("again"), t.cancelling())
    print(t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args, t.cancelled(), t.get_name())
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda f: print("cb1", f.result()))
    f.add_done_callback(lambda f: print("cb2", f.result()))
    f.set_result(7)
    print("set_result returned before callbacks")
    await asyncio.sleep(0)
    print([asyncio.current_task().get_name(), len(asyncio.all_tasks())])

asyncio.run(main())
)PY";
    const char* expected = R"OUT([0.000] True True 2
[0.000] 1 1
[0.000] worker cancelled with ('stop',)
[0.000] main sees ('stop',) True w
[0.000] set_result returned before callbacks
[0.000] cb1 7
[0.000] cb2 7
[0.000] ['Task-1', 1]
)OUT";
    CHECK(transcript_of(script) == expected);
}

TEST_CASE("time.sleep blocks the clock, to_thread runs on its own time, and a lost task exception "
          "is reported",
          "[asyncio]") {
    const char* script = R"PY(import asyncio
import time

def blocking(n):
    time.sleep(n)
    print("thread done at", time.monotonic())
    return n * 2

async def main():
    time.sleep(0.5)
    print("after blocking sleep", asyncio.get_running_loop().time())
    r = await asyncio.to_thread(blocking, 2)
    print("to_thread result", r, asyncio.get_running_loop().time())

async def fails():
    raise ValueError("lost")

async def forgotten():
    asyncio.create_task(fails())
    await asyncio.sleep(1)

asyncio.run(main())
asyncio.run(forgotten())
)PY";
    const char* expected = R"OUT([0.500] after blocking sleep 0.5
[2.500] thread done at 2.5
[2.500] to_thread result 4 2.5
!warning Task exception was never retrieved
)OUT";
    CHECK(transcript_of(script) == expected);
}

TEST_CASE("random is seeded with 0 and a loop with nothing to do reports a deadlock", "[asyncio]") {
    const char* script = R"PY(import asyncio
import random

print(random.random(), random.randint(1, 6))

async def main():
    ev = asyncio.Event()
    print("waiting forever")
    await ev.wait()

asyncio.run(main())
)PY";
    const char* expected = R"OUT([0.000] 0.8444218515250481 4
[0.000] waiting forever
!deadlock
)OUT";
    CHECK(transcript_of(script) == expected);
}

TEST_CASE("the virtual clock starts at zero and asyncio.run leaves it where the loop ended",
          "[asyncio]") {
    Interp I;
    register_modules(I);
    CHECK(virtual_now(I) == 0.0);
    std::string out;
    I.write_out = [&](std::string_view s) { out.append(s); };
    I.write_err = [&](std::string_view) {};
    int status = run_script(I, "import asyncio\nasyncio.run(asyncio.sleep(2.5))\n", "main.py");
    CHECK(status == 0);
    CHECK(virtual_now(I) == 2.5);
}

TEST_CASE("names outside the asyncio surface raise NotImplementedError naming the feature",
          "[asyncio]") {
    CapturedRun r = run_program("import asyncio\n"
                                "try:\n"
                                "    asyncio.open_connection('h', 1)\n"
                                "except NotImplementedError as e:\n"
                                "    print(e)\n");
    CHECK(r.out == "asyncio.open_connection is not available in the playground\n");
}

TEST_CASE("time.gmtime and time.strftime give CPython's UTC calendar fields", "[asyncio]") {
    // expected: python3 with TZ=UTC (the same script)
    CapturedRun r = run_program(R"PY(import time
for t in [0, 1767229261, 951782400, 4107542400, 1709210096, 2000000000, 1234567890, 68169600]:
    print(tuple(time.gmtime(t)), time.strftime("%c %j %a", time.gmtime(t)))
)PY");
    CHECK(r.out == R"OUT((1970, 1, 1, 0, 0, 0, 3, 1, 0) Thu Jan  1 00:00:00 1970 001 Thu
(2026, 1, 1, 1, 1, 1, 3, 1, 0) Thu Jan  1 01:01:01 2026 001 Thu
(2000, 2, 29, 0, 0, 0, 1, 60, 0) Tue Feb 29 00:00:00 2000 060 Tue
(2100, 3, 1, 0, 0, 0, 0, 60, 0) Mon Mar  1 00:00:00 2100 060 Mon
(2024, 2, 29, 12, 34, 56, 3, 60, 0) Thu Feb 29 12:34:56 2024 060 Thu
(2033, 5, 18, 3, 33, 20, 2, 138, 0) Wed May 18 03:33:20 2033 138 Wed
(2009, 2, 13, 23, 31, 30, 4, 44, 0) Fri Feb 13 23:31:30 2009 044 Fri
(1972, 2, 29, 0, 0, 0, 1, 60, 0) Tue Feb 29 00:00:00 1972 060 Tue
)OUT");
}

TEST_CASE("datetime.now() is 2026-01-01 00:00:00 UTC plus the virtual clock; time.mktime is UTC",
          "[asyncio]") {
    // SEMANTICS.md rule 4: time.time() = 1767225600.0 + clock, and local time is UTC
    CapturedRun r = run_program(R"PY(import asyncio, time
from datetime import datetime, date, timezone
print(repr(datetime.now()), datetime.now(timezone.utc), date.today())
time.sleep(2.5)
print(repr(datetime.now()), datetime.utcnow().isoformat(), datetime.now().timestamp())
async def main():
    start = datetime.now()
    await asyncio.sleep(1.25)
    print(datetime.now() - start, datetime.now().strftime('%H:%M:%S.%f'), datetime.now().astimezone())
asyncio.run(main())
print(time.tzname, time.mktime(datetime(2026, 3, 7, 14, 5, 9).timetuple()))
print(time.mktime((2026, 13, 40, 25, 61, 61, 0, 0, -1)), time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
)PY");
    INFO(r.err);
    // expected: python3 with TZ=UTC (the same script, its clock readings aside)
    CHECK(r.out == R"OUT(datetime.datetime(2026, 1, 1, 0, 0) 2026-01-01 00:00:00+00:00 2026-01-01
datetime.datetime(2026, 1, 1, 0, 0, 2, 500000) 2026-01-01T00:00:02.500000 1767225602.5
0:00:01.250000 00:00:03.750000 2026-01-01 00:00:03.750000+00:00
('UTC', 'UTC') 1772892309.0
1802224921.0 -1.0
)OUT");
}

TEST_CASE("random.seed with a str or a float gives CPython's sequences", "[asyncio]") {
    // expected: python3 (the same script)
    CapturedRun r = run_program(R"PY(import random
for s in ["hello", "", "a" * 200, "lesson-é"]:
    random.seed(s)
    print(repr(s[:10]), random.random(), random.randint(1, 1000))
import random
for x in [3.5, -2.25, 1e300, -0.0]:
    random.seed(x); print(random.random())
)PY");
    CHECK(r.out == R"OUT('hello' 0.3537754404730722 680
'' 0.9602256525641875 610
'aaaaaaaaaa' 0.07279687109241983 605
'lesson-é' 0.1701358892805639 374
0.3039190124834461
0.9236205677220981
0.2614143642581235
0.8444218515250481
)OUT");
}

TEST_CASE("the event loop keeps everything it needs reachable when the collector runs often",
          "[asyncio]") {
    const char* script = R"PY(import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    t = asyncio.create_task(work(1, 1))
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    f.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    print(repr(f))
    for c in asyncio.as_completed([work(3, 3), work(2, 2), work(1, 1)], timeout=2.5):
        try:
            print("as_completed", await c)
        except TimeoutError:
            print("timeout in as_completed")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 1), name="A")
        b = tg.create_task(work("b", 0.5))
    print(a.result(), b.result(), a.get_name(), b.get_name())
    try:
        async with asyncio.timeout(1) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work("slow", 5))
    except TimeoutError:
        print("timed out", cm.expired(), asyncio.get_running_loop().time())
    cond = asyncio.Condition()
    state = []
    async def waiter():
        async with cond:
            await cond.wait_for(lambda: state)
            print("waiter saw", state)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    async with cond:
        state.append(1)
        cond.notify_all()
    await w
    r = await asyncio.wait_for(work("quick", 1), timeout=1)
    print("wait_for same deadline", r)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, print, "in a virtual thread"))
    try:
        loop.add_reader(1, print)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutine(work(0, 0)))
    print(await asyncio.gather(work(1, 0), return_exceptions=True))

asyncio.run(main())
)PY";
    size_t collections = 0;
    auto run_with_threshold = [&](size_t threshold) {
        Interp I;
        register_modules(I);
        std::string out;
        // each write lowers the threshold again (a collection resets it)
        I.write_out = [&](std::string_view s) {
            out.append(s);
            I.heap.threshold = threshold;
        };
        I.write_err = [&](std::string_view s) { out.append(s); };
        I.heap.threshold = threshold;
        run_script(I, script, "main.py");
        collections = I.heap.collections;
        return out;
    };
    std::string normal = run_with_threshold(size_t(1) << 30);
    CHECK(normal.find("as_completed 1") != std::string::npos);
    CHECK(run_with_threshold(256) == normal);
    CHECK(collections > 10);
}
