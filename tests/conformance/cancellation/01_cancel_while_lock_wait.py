import asyncio


async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(2)
        print("holder releases")


async def waiter(lock, name):
    try:
        async with lock:
            print(f"{name} got the lock")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting; lock.locked()={lock.locked()}")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print("locked at the end:", lock.locked())


asyncio.run(main())
