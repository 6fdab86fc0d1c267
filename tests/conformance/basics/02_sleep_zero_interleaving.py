import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    c = asyncio.create_task(worker("C", 4))
    print("main before yielding")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.gather(a, b, c)
    print("all done")


asyncio.run(main())
