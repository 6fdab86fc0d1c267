import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print(f"consumed {item}")


async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    await consumer(q)


asyncio.run(main())
