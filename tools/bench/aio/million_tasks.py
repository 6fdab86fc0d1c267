# A million concurrent tasks: all created, all waiting on one Event at the same time, then
# released. Its figure of interest is the peak memory (the target: under 1 GiB).
import asyncio

N = 1000000  # tasks alive at once


async def waiter(ev, box):
    await ev.wait()
    box[0] += 1


async def main():
    ev = asyncio.Event()
    box = [0]
    tasks = [asyncio.create_task(waiter(ev, box)) for _ in range(N)]
    await asyncio.sleep(0)
    ev.set()
    for t in tasks:
        await t
    print("tasks", len(tasks), box[0])


asyncio.run(main())
