# gather: duplicates, futures and tasks mixed with coroutines, done futures, failures with and
# without return_exceptions, a cancelled child, cancelling the gather, a child that swallows the
# cancellation, a task factory, a custom awaitable, results order, callbacks' order.
import asyncio


async def value(x, steps=1):
    for _ in range(steps):
        await asyncio.sleep(0)
    return x


async def boom(x, steps=1):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise ValueError(x)


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"


class Ready:
    def __await__(self):
        yield from ()
        return "ready"


async def main():
    loop = asyncio.get_running_loop()
    c = value(1)
    print(await asyncio.gather(c, value(2, 3), c))
    f = loop.create_future()
    t = asyncio.create_task(value("t", 2))
    loop.call_soon(f.set_result, "f")
    print(await asyncio.gather(t, f, value(3), f, t))
    done = loop.create_future()
    done.set_result("done")
    print(await asyncio.gather(done, value(4)))
    print(await asyncio.gather(value(5), boom(6), value(7), return_exceptions=True))
    print(await asyncio.gather(value(5), boom(6), return_exceptions=1))
    try:
        await asyncio.gather(value(8, 3), boom(9))
    except ValueError as e:
        print("first failure:", repr(e))
    await asyncio.sleep(0)
    g = asyncio.gather(value(10, 5), value(11, 5))
    await asyncio.sleep(0)
    print("cancel:", g.cancel(), g.cancelled())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    child = asyncio.create_task(value(12, 5))
    g = asyncio.gather(child, value(13), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel("stop")
    print(await g)
    g = asyncio.gather(stubborn(), value(14))
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("swallowed child:", type(e).__name__)
    print(await asyncio.gather(Ready(), value(15)))
    order = []
    a = asyncio.create_task(value("a", 2))
    a.add_done_callback(lambda _: order.append("a's own callback"))
    g = asyncio.gather(a)
    g.add_done_callback(lambda _: order.append("gather's callback"))
    print(await g, order)
    print(await asyncio.gather())
    names = []

    def factory(loop, coro, **kw):
        names.append(coro.__name__)
        return asyncio.Task(coro, loop=loop, **kw)

    loop.set_task_factory(factory)
    print(await asyncio.gather(value(16), boom(17), return_exceptions=True), names)
    loop.set_task_factory(None)
    tasks = asyncio.all_tasks()
    print(len(tasks), sorted(t.get_name()[:5] for t in tasks))


asyncio.run(main())
