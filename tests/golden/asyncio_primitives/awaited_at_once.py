# `await asyncio.sleep(0)`, `await q.put(x)` and `await q.get()` awaited at once, next to the
# same calls whose coroutine is kept, handed to a task or gather, closed or never awaited: the
# work happens when the coroutine first runs, sleep(0) returns its result, a cancelled wait
# hands its turn on, and asyncio's coroutine functions stay coroutine functions.
import asyncio
import inspect


async def ticker(name, n, log):
    for i in range(n):
        r = await asyncio.sleep(0, i)
        log.append((name, r))


async def sleeps():
    log = []
    await asyncio.gather(ticker("a", 3, log), ticker("b", 2, log))
    print("interleaved", log)
    print("results", await asyncio.sleep(0), await asyncio.sleep(-1, "neg"),
          await asyncio.sleep(0.0, 1.5), await asyncio.sleep(False, "false"),
          await asyncio.sleep(0, result="kw"), await asyncio.sleep(delay=0, result="kw2"))
    s = asyncio.sleep(0, "kept")
    print("kept is a coroutine", asyncio.iscoroutine(s), type(s).__name__)
    print("kept", await s)
    t = asyncio.create_task(asyncio.sleep(0, "task"))
    print("task", await t)
    c = asyncio.sleep(0)
    c.close()
    sl = asyncio.sleep
    print("alias", await sl(0, "alias"))
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError", e)

    async def sleeper():
        try:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())


class Tagged(asyncio.Queue):
    async def put(self, item):
        print("Tagged.put", item)
        await super().put(("tag", item))


async def queues():
    q = asyncio.Queue()
    p = q.put(1)
    print("before the put runs", q.qsize(), asyncio.iscoroutine(p))
    await p
    print("after", q.qsize())
    g = q.get()
    print("before the get runs", q.qsize())
    print("got", await g, q.qsize())
    await asyncio.gather(q.put(2), q.put(3))
    print("gathered puts", q.qsize(), await q.get(), await q.get())
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put(4)
    print("task get", await t)
    q2 = asyncio.Queue(maxsize=1)
    await q2.put("a")
    waiting = asyncio.create_task(q2.put("b"))
    await asyncio.sleep(0)
    print("full put waits", waiting.done(), q2.qsize())
    print("get", await q2.get())
    await waiting
    print("then", q2.qsize(), await q2.get())
    await q2.put(item="kw")
    print("kw put", await q2.get())
    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue, Tagged):
        q3 = cls()
        for i in (2, 3, 1):
            await q3.put(i)
        print(cls.__name__, [await q3.get() for _ in range(3)])
    # getters in line: the first is cancelled after a put woke it; its item goes to the next
    q4 = asyncio.Queue()
    out = []

    async def getter(name):
        out.append((name, await q4.get()))

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    q4.put_nowait("x")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("handed on", out, g1.cancelled(), g2.done())
    q5 = asyncio.Queue()
    q5.get().close()
    q5.put(9).close()
    print("closed coroutines did nothing", q5.qsize())


async def main():
    await sleeps()
    await queues()
    for f in (asyncio.sleep, asyncio.Queue.put, asyncio.Queue.get, asyncio.Queue().put):
        print(asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f))


asyncio.run(main())
