# loop.set_task_factory / get_task_factory: every task the loop makes goes through the factory
# (create_task with name= and context=, gather's and TaskGroup's children, asyncio.run's own
# shutdown tasks); a factory that raises, and a non-callable factory.
import asyncio
import contextvars

made = []


def factory(loop, coro, **kwargs):
    made.append((coro.__name__, sorted(kwargs)))
    print(f"{loop.time():.1f} factory makes a task for {coro.__name__} {sorted(kwargs)}")
    return asyncio.Task(coro, loop=loop, **kwargs)


async def child(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    print("default factory:", loop.get_task_factory())
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_task_factory(factory)
    print("set:", loop.get_task_factory() is factory)
    t = asyncio.create_task(child(1), name="first")
    print(t.get_name(), await t)
    ctx = contextvars.copy_context()
    print(await loop.create_task(child(2), context=ctx))
    print(await asyncio.gather(child(0.5), child(0.25)))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(0.1), name="in-group")

    def broken(loop, coro):
        coro.close()
        raise RuntimeError("no tasks today")

    loop.set_task_factory(broken)
    try:
        asyncio.create_task(child(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop.set_task_factory(factory)


asyncio.run(main())
print(len(made), "tasks made by the factory")
