# `await ev.wait()` awaited at once (no coroutine for Event.wait natively), next to the kept
# coroutine: set and unset events, a cancelled or thrown-into waiter leaves _waiters and its
# error passes through Event.wait's frame; futures with one, two or more done callbacks (the
# first is kept inline), removed ones, contexts; many tasks' step and wake-up handles reused
# across a collection.
import asyncio
import contextvars
import gc
import inspect
import re


def show(obj):
    return re.sub(r' at [^ \]>]+', '', repr(obj))


def frame_names(exc):
    names, tb = [], exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


async def waiter(ev, kept, log):
    try:
        if kept:
            c = ev.wait()
            r = await c
        else:
            r = await ev.wait()
        log.append(r)
        return r
    except asyncio.CancelledError as e:
        log.append(("cancelled", e.args, frame_names(e), len(ev._waiters)))
        raise


async def holder(ev):
    try:
        await ev.wait()
    except ValueError as e:
        print("thrown", e, frame_names(e), len(ev._waiters))
        return "held"


class Tracing(asyncio.Event):
    async def wait(self):
        print("Tracing.wait")
        return await super().wait()


async def waits():
    print(asyncio.iscoroutinefunction(asyncio.Event.wait), inspect.iscoroutinefunction(
        asyncio.Event().wait), asyncio.iscoroutinefunction(asyncio.Event.set))
    for kept in (False, True):
        ev = asyncio.Event()
        log = []
        ts = [asyncio.create_task(waiter(ev, kept, log)) for _ in range(4)]
        await asyncio.sleep(0)
        print(kept, show(ev))
        ts[1].cancel()
        ts[2].cancel("stop")
        await asyncio.sleep(0)
        print(show(ev), log)
        ev.set()
        rs = await asyncio.gather(*ts, return_exceptions=True)
        print([type(r).__name__ for r in rs], log, show(ev))
        print(await ev.wait(), await ev.wait())
    # thrown into the waiting coroutine by hand
    ev = asyncio.Event()
    c = holder(ev)
    fut = c.send(None)
    print(type(fut).__name__, fut.done(), len(ev._waiters))
    try:
        c.throw(ValueError("boom"))
    except StopIteration as e:
        print("returned", e.value, fut.done())
    # _value that is not a bool, a subclass, a patched instance
    ev = asyncio.Event()
    ev._value = 1
    print(await ev.wait())
    ev._value = 0
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    tr = Tracing()
    tr.set()
    print(await tr.wait())
    ev = asyncio.Event()
    ev.wait = lambda: asyncio.sleep(0, "patched")
    print(await ev.wait())


def cb(name, log):
    return lambda fut: log.append((name, fut.result(), var.get()))


var = contextvars.ContextVar("var", default="default")


async def callbacks():
    loop = asyncio.get_running_loop()
    for n in (0, 1, 2, 3, 5):
        fut = loop.create_future()
        log = []
        fns = [cb(i, log) for i in range(n)]
        for f in fns:
            fut.add_done_callback(f)
        if n:
            print(n, show(fut).count("<lambda>"), fut.remove_done_callback(fns[0]),
                  fut.remove_done_callback(fns[0]), show(fut).count("<lambda>"))
        if n > 2:
            print(fut.remove_done_callback(fns[-1]))
            fut.add_done_callback(fns[0])
        var.set(f"set{n}")
        ctx = contextvars.copy_context()
        var.set("later")
        fut.add_done_callback(cb("ctx", log), context=ctx)
        fut.set_result(n)
        fut.add_done_callback(cb("after", log))
        print(fut.remove_done_callback(fns[0]) if fns else None)
        await asyncio.sleep(0)
        print(log)
    fut = loop.create_future()
    fut.add_done_callback(print)
    fut.remove_done_callback(print)
    fut.add_done_callback(lambda f: print("only", f.result()))
    fut.set_result("x")
    await asyncio.sleep(0)


async def crowd(n):
    ev = asyncio.Event()
    box = [0]

    async def one(i):
        await ev.wait()
        box[0] += i
        return i

    tasks = [asyncio.create_task(one(i)) for i in range(n)]
    await asyncio.sleep(0)
    print(len(ev._waiters), gc.collect() >= 0)
    ev.set()
    await asyncio.sleep(0)
    gc.collect()
    more = [asyncio.create_task(one(i)) for i in range(n)]
    rs = await asyncio.gather(*tasks, *more)
    print(box[0], sum(rs), len(ev._waiters), all(t.done() for t in tasks))


async def main():
    await waits()
    await callbacks()
    await crowd(300)


asyncio.run(main())
