import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(loop.time(), time.monotonic())
    await asyncio.sleep(0.75)
    print(loop.time(), time.monotonic())
    time.sleep(0.25)
    print("time.sleep moves loop.time too:", loop.time())


asyncio.run(main())
