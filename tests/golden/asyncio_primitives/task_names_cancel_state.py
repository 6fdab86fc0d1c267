# Task names made when asked for (a default name keeps its number from the task's creation),
# cancel messages, and a gather's children: state a task or future keeps only when it is set.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    a = asyncio.create_task(work(0))
    b = asyncio.create_task(work(0), name="custom")
    c = asyncio.create_task(work(0))
    d = asyncio.create_task(work(0), name=123)
    e = asyncio.Task(work(0))
    print(repr(c).split(" coro=")[0])  # the name first asked for by repr
    print(a.get_name(), b.get_name(), c.get_name(), d.get_name(), e.get_name())
    print(type(d.get_name()).__name__, a.get_name() is a.get_name())
    a.set_name("renamed")
    c.set_name(None)
    print(a.get_name(), repr(c.get_name()))
    await asyncio.gather(a, b, c, d, e)
    f = asyncio.create_task(work(0))
    print(f.get_name())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut._cancel_message)
    fut.cancel("stop")
    print(fut._cancel_message, fut.cancelled())
    try:
        await fut
    except asyncio.CancelledError as exc:
        print("future:", exc.args)
    plain = loop.create_future()
    plain.cancel()
    try:
        await plain
    except asyncio.CancelledError as exc:
        print("plain:", exc.args, plain._cancel_message)

    t = asyncio.create_task(work(10))
    await asyncio.sleep(0)
    t.cancel("task msg")
    try:
        await t
    except asyncio.CancelledError as exc:
        print("task:", exc.args, t.cancelled())

    kids = [asyncio.create_task(work(10)) for _ in range(3)]
    g = asyncio.gather(*kids, work(10))
    await asyncio.sleep(0)
    print(g.cancel("all of them"), g.cancel())
    try:
        await g
    except asyncio.CancelledError as exc:
        print("gather:", exc.args)
    print([k.cancelled() for k in kids])
    g2 = asyncio.gather(*[work(0) for _ in range(3)])
    print(await g2, g2.cancel())


asyncio.run(main())
