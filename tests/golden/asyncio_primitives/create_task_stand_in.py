# asyncio.create_task with and without a name or a context, on something that is not a
# coroutine, outside a running loop, with a task factory and in debug mode: names Task-N count
# the same, the errors are the same, the task runs in the context it was given.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def work(i):
    await asyncio.sleep(0)
    return i, asyncio.current_task().get_name(), var.get()


async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(work(2), name="second")
    t3 = asyncio.create_task(work(3))
    print(await t1, await t2, await t3)
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    var.set("outer")
    print(await asyncio.create_task(work(4), context=ctx), await asyncio.create_task(work(5)))
    for bad in (None, 5, "coro"):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        asyncio.create_task()
    except TypeError as e:
        print("TypeError", e)
    loop = asyncio.get_running_loop()
    made = []

    def factory(loop, coro, **kw):
        made.append(coro.__name__)
        return asyncio.Task(coro, loop=loop, **kw)

    loop.set_task_factory(factory)
    print(await asyncio.create_task(work(6)), made)
    loop.set_task_factory(None)
    loop.set_debug(True)
    print(await asyncio.create_task(work(7)))
    loop.set_debug(False)
    print(asyncio.iscoroutinefunction(asyncio.create_task), asyncio.create_task.__name__)


c = work(0)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.run(main())
