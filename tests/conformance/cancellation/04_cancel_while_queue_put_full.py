import asyncio


async def producer(q, item):
    try:
        await q.put(item)
        print(f"put {item}")
    except asyncio.CancelledError:
        print(f"put of {item} cancelled while the queue was full")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    p1 = asyncio.create_task(producer(q, "second"))
    p2 = asyncio.create_task(producer(q, "third"))
    await asyncio.sleep(1)
    p1.cancel()
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    await asyncio.gather(p1, p2, return_exceptions=True)
    print("queue now holds", q.get_nowait(), "and is empty:", q.empty())


asyncio.run(main())
