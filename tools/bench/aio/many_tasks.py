# Many tasks alive at once: 10,000 tasks, each yielding a few times, created in a burst.
import asyncio

N = 10000  # tasks per round


async def worker(i, steps):
    total = 0
    for k in range(steps):
        total += i * k
        await asyncio.sleep(0)
    return total


async def main():
    for round_ in range(4):
        tasks = [asyncio.create_task(worker(i, 5)) for i in range(N)]
        total = 0
        for t in tasks:
            total += await t
        print("round", round_, total)


asyncio.run(main())
