import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("a", 1))
        b = tg.create_task(worker("b", 3))
        c = tg.create_task(worker("c", 2))
        await asyncio.sleep(0.5)
        b.cancel()
    print("a cancelled child does not abort the group:", a.result(), c.result(), b.cancelled())


asyncio.run(main())
