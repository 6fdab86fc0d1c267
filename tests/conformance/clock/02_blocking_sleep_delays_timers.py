import asyncio
import time


async def punctual(name, delay):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    print(f"{name}: wanted {delay}s, got {loop.time() - start:.2f}s")


async def hog():
    await asyncio.sleep(0.5)
    print("hog blocks for 2 seconds")
    time.sleep(2)
    print("hog done")


async def main():
    await asyncio.gather(punctual("p1", 1), punctual("p2", 2), hog(), punctual("p3", 3))


asyncio.run(main())
