# Tasks interleave at every await asyncio.sleep(0).
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return f"{name} finished"

async def main():
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2))
    print("tasks created")
    results = await asyncio.gather(t1, t2)
    print(results)

asyncio.run(main())
