import asyncio
import time


def blocking_work():
    time.sleep(2)
    return "work"


async def ticker(label):
    for _ in range(3):
        print(f"{label} tick at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(0.5)


async def main():
    print("-- blocking call inside a coroutine freezes the ticker")
    t = asyncio.create_task(ticker("A"))
    await asyncio.sleep(0)
    blocking_work()
    await t
    print("-- the same work in to_thread does not")
    t = asyncio.create_task(ticker("B"))
    await asyncio.to_thread(blocking_work)
    await t


asyncio.run(main())
