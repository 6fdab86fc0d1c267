import asyncio

tick = 0


async def ticker():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1


async def child(n):
    print(f"  child {n} at tick {tick}")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print(f"TaskGroup entered at tick {tick}")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))
    print(f"TaskGroup exited at tick {tick}")
    async with asyncio.timeout(1):
        print(f"timeout block at tick {tick}")
    print(f"timeout exited at tick {tick}")
    # (no timed sleep here: while the ticker loops on sleep(0) the ready queue is never empty,
    # so the virtual clock never moves and a timer would never fire)
    t.cancel()


asyncio.run(main())
