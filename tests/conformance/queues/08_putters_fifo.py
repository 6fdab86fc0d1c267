import asyncio


async def putter(q, item):
    await q.put(item)
    print(f"{item} entered the queue")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("seed")
    tasks = [asyncio.create_task(putter(q, f"p{i}")) for i in range(3)]
    await asyncio.sleep(1)
    for _ in range(4):
        print("got", await q.get())
        await asyncio.sleep(0.5)
    await asyncio.gather(*tasks)


asyncio.run(main())
