import asyncio


async def coro_fn():
    return 1


def plain_fn():
    return 2


class Worker:
    async def run(self):
        return 3


async def main():
    c = coro_fn()
    print("iscoroutine(c):", asyncio.iscoroutine(c))
    print("iscoroutine(coro_fn):", asyncio.iscoroutine(coro_fn))
    print("iscoroutinefunction(coro_fn):", asyncio.iscoroutinefunction(coro_fn))
    print("iscoroutinefunction(plain_fn):", asyncio.iscoroutinefunction(plain_fn))
    print("iscoroutinefunction(Worker().run):", asyncio.iscoroutinefunction(Worker().run))
    print("iscoroutinefunction(lambda):", asyncio.iscoroutinefunction(lambda: None))
    print("iscoroutine(42):", asyncio.iscoroutine(42))
    task = asyncio.create_task(c)
    print("iscoroutine(task):", asyncio.iscoroutine(task))
    print("isfuture(task):", asyncio.isfuture(task))
    print("await task:", await task)


asyncio.run(main())
