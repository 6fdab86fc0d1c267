# Edge cases of the compact frame, generator, future, task and handle layouts: a value stack
# filled to its computed depth (deep expressions, calls inside handlers inside generators), the
# handled exception saved and restored across yields, an async generator's finalizer hook next
# to a coroutine's "never awaited" site, handles with several arguments, and futures' flags.
import asyncio
import gc
import sys


def deep(a, b, c):
    # every operand of the sum is live on the stack at once
    return (c - (b * (a + (c - (b * (a + (c - (b * (a + [a, b, c, (a, b, (c, a, [b]))][0])))))))))


print("deep", deep(1, 2, 3))


def gen_handlers():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            try:
                yield (i, str(e), sys.exc_info()[1] is e, [x for x in (e, e, e)][1] is e)
            finally:
                print("finally sees", sys.exc_info()[0].__name__)
        print("after handler", sys.exc_info())


for item in gen_handlers():
    print("item", item, sys.exc_info())


def nested_with_stack():
    out = []
    for i in range(2):
        try:
            try:
                out.append((i, 1 / i))
            except ZeroDivisionError:
                out.append((i, [j for j in range(3)], {"k": (i, i)}))
                raise KeyError(i)
        except KeyError as k:
            out.append(("key", k.args, sys.exc_info()[0].__name__))
    return out


print(nested_with_stack())

finalized = []


def finalizer(agen):
    finalized.append(agen.__qualname__)


async def agen():
    yield 1
    yield 2


async def never():
    return 1


async def main():
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(finalizer=finalizer)
    try:
        g = agen()
        print("first", await g.__anext__())
        del g
        gc.collect()
        print("finalized", finalized)
    finally:
        sys.set_asyncgen_hooks(*old)
    loop = asyncio.get_running_loop()
    got = []
    loop.call_soon(lambda *a: got.append(a), 1, 2, 3)
    loop.call_soon(lambda *a: got.append(a))
    loop.call_soon(lambda *a: got.append(a), "one")
    h = loop.call_later(0.001, lambda *a: got.append(a), "x", "y")
    h2 = loop.call_soon(lambda *a: got.append(("cancelled", a)), 9, 9)
    h2.cancel()
    print("cancelled", h2.cancelled(), h.cancelled())
    await asyncio.sleep(0.01)
    print("got", got)
    fut = loop.create_future()
    print("blocking", fut._asyncio_future_blocking, fut.done(), fut.cancelled())
    fut.cancel("why")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    t = asyncio.create_task(never(), name="named")
    print(t.get_name(), t.done())
    await t
    print("task result", t.result(), t.done(), t.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", t2.cancelled(), t2.cancelling())


asyncio.run(main())
