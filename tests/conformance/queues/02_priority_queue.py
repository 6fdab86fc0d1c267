import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await q.put(item)
    print("qsize:", q.qsize())
    while not q.empty():
        prio, name = await q.get()
        print(prio, name)
    nums = asyncio.PriorityQueue(maxsize=3)
    for n in (9, 4, 7):
        nums.put_nowait(n)
    print("full:", nums.full())
    print([nums.get_nowait() for _ in range(3)])


asyncio.run(main())
