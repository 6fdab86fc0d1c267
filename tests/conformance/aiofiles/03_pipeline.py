# A producer/consumer pipeline: a producer reads files line by line into a queue, two
# consumers process the lines, and the results are written to a report.
import asyncio

import aiofiles
import loopscope_world as world

for day in range(1, 4):
    world.file(f"sales/day{day}.csv", "".join(f"item{i},{day * i}\n" for i in range(1, 4)))
world.disk(latency=0.02)


async def producer(queue, paths):
    for path in paths:
        async with aiofiles.open(path) as f:
            async for line in f:
                await queue.put((path, line.strip()))
        print(f"read {path}")
    for _ in range(2):
        await queue.put(None)


async def consumer(name, queue, totals):
    while True:
        item = await queue.get()
        if item is None:
            break
        path, line = item
        product, amount = line.split(",")
        totals[product] = totals.get(product, 0) + int(amount)
        await asyncio.sleep(0.005)
    print(f"{name} done")


async def main():
    queue = asyncio.Queue(maxsize=2)
    totals = {}
    paths = [f"sales/day{d}.csv" for d in range(1, 4)]
    await asyncio.gather(producer(queue, paths), consumer("c1", queue, totals),
                         consumer("c2", queue, totals))
    async with aiofiles.open("report.txt", "w") as f:
        for product in sorted(totals):
            await f.write(f"{product}: {totals[product]}\n")
    async with aiofiles.open("report.txt") as f:
        print(await f.read(), end="")
    print(f"clock {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
