import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, lock, seen):
    while True:
        item = await q.get()
        if item is None:
            break
        async with lock:
            seen.append(item)
            await asyncio.sleep(0.01)


async def main():
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    seen = []
    await asyncio.gather(producer(q, 3), consumer(q, lock, seen))
    print(seen)


asyncio.run(main())
