import asyncio


async def producer(q):
    for i in range(6):
        print(f"putting {i} (qsize={q.qsize()})")
        await q.put(i)
        print(f"put {i}")
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(1)
        print(f"consumed {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
