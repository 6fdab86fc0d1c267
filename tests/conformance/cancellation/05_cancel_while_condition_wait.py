import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(f"{name} notified")
        except asyncio.CancelledError:
            print(f"{name} cancelled; holds the lock again: {cond.locked()}")
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    await asyncio.sleep(1)
    a.cancel()
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify_all()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
