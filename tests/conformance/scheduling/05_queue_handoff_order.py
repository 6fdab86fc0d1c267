import asyncio


async def consumer(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        if item is None:
            return


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer(q, "c1"))
    c2 = asyncio.create_task(consumer(q, "c2"))
    await asyncio.sleep(0)
    for item in (1, 2, 3, 4):
        q.put_nowait(item)
        print(f"put {item}")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    q.put_nowait(None)
    q.put_nowait(None)
    await asyncio.gather(c1, c2)


asyncio.run(main())
