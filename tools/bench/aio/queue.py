# asyncio.Queue: producers and consumers through a bounded queue, then join().
import asyncio

N = 100000  # items


async def producer(q, start, count):
    for i in range(start, start + count):
        await q.put(i)


async def consumer(q, box):
    while True:
        item = await q.get()
        box[0] += item
        box[1] += 1
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=16)
    box = [0, 0]
    consumers = [asyncio.create_task(consumer(q, box)) for _ in range(4)]
    per = N // 4
    await asyncio.gather(*(producer(q, k * per, per) for k in range(4)))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("queue", box[1], box[0])


asyncio.run(main())
