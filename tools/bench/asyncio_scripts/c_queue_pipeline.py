# Benchmark (c): a producer moves 100,000 items through Queue(maxsize=100) to a consumer.
import asyncio

ITEMS = 100000


async def producer(q):
    for i in range(ITEMS):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    count = 0
    while True:
        item = await q.get()
        if item is None:
            return count, total
        count += 1
        total += item


async def main():
    q = asyncio.Queue(maxsize=100)
    _, (count, total) = await asyncio.gather(producer(q), consumer(q))
    print(f"moved {count} items, sum {total}")
    print(f"clock: {asyncio.get_running_loop().time()}")


asyncio.run(main())
