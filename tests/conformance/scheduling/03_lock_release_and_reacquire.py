import asyncio


async def greedy(lock, name, rounds):
    for i in range(rounds):
        async with lock:
            print(f"{name} holds the lock (round {i})")
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(greedy(lock, "A", 3), greedy(lock, "B", 3))
    print("--- release without yielding, then try again at once")
    await lock.acquire()
    waiter = asyncio.create_task(greedy(lock, "W", 1))
    await asyncio.sleep(0)
    lock.release()
    print("released; locked() =", lock.locked())
    await lock.acquire()
    print("main re-acquired after", "W" if waiter.done() else "nobody")
    lock.release()
    await waiter


asyncio.run(main())
