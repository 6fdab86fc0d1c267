import asyncio

import aiofiles
import loopscope_world as world

world.file("orders.txt", "order 1\norder 2\norder 3\norder 4\n")  # on the simulated disk


async def packer(name, orders):
    while True:
        order = await orders.get()
        await asyncio.sleep(1)
        print(f"{name}: packed {order}")
        orders.task_done()


async def main():
    orders = asyncio.Queue()
    packers = [asyncio.create_task(packer(f"packer-{n}", orders)) for n in (1, 2)]
    async with aiofiles.open("orders.txt") as f:  # the producer: one order a line
        async for line in f:
            await orders.put(line.strip())
    await orders.join()
    print("all orders packed")
    for p in packers:
        p.cancel()


asyncio.run(main())
