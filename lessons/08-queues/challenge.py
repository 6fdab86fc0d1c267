import asyncio


async def packer(name, orders):
    while True:
        order = await orders.get()
        await asyncio.sleep(1)
        print(f"{name}: packed {order}")


async def main():
    orders = asyncio.Queue()
    for n in range(1, 5):
        orders.put_nowait(f"order {n}")
    packers = [asyncio.create_task(packer(f"packer-{n}", orders)) for n in (1, 2)]
    await orders.join()
    print("all orders packed")
    for p in packers:
        p.cancel()


asyncio.run(main())
