import asyncio


async def consumer(q, name):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting on get()")
        raise


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer(q, "c1"))
    c2 = asyncio.create_task(consumer(q, "c2"))
    await asyncio.sleep(1)
    c1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    await asyncio.gather(c1, c2, return_exceptions=True)
    print("qsize:", q.qsize())


asyncio.run(main())
