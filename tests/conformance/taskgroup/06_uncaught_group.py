import asyncio


async def bad():
    await asyncio.sleep(0.5)
    raise ValueError("nobody catches me")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
        tg.create_task(asyncio.sleep(10))
    print("not reached")


asyncio.run(main())
