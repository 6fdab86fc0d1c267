# create_task + await, one at a time: the cost of a task's whole life (create, step, finish).
import asyncio

N = 60000  # tasks


async def leaf(i):
    return i * 2


async def middle(i):
    await asyncio.sleep(0)
    return await asyncio.create_task(leaf(i)) + 1


async def main():
    total = 0
    for i in range(N):
        total += await asyncio.create_task(middle(i))
    print("total", total)


asyncio.run(main())
