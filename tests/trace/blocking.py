import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(0.25)
    await t


asyncio.run(main())
