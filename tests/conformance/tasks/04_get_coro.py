import asyncio


async def fetch(n):
    await asyncio.sleep(n)
    return n


async def main():
    coro = fetch(1)
    t = asyncio.create_task(coro)
    print("get_coro() is the coroutine:", t.get_coro() is coro)
    print("coroutine name:", t.get_coro().__name__)
    print("coroutine qualname:", t.get_coro().__qualname__)
    print(await t)
    print("still available when done:", t.get_coro() is coro)


asyncio.run(main())
