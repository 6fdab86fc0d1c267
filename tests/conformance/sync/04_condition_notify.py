import asyncio


async def consumer(cond, name, items):
    async with cond:
        print(f"{name} waiting")
        await cond.wait()
        print(f"{name} woke, items={items}")


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        items.append("one")
        cond.notify()
        print("notify() wakes one")
    await asyncio.sleep(1)
    async with cond:
        items.append("two")
        cond.notify(2)
        print("notify(2) wakes two")
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")


asyncio.run(main())
