import asyncio
import random


async def worker(name):
    delay = round(random.uniform(0.1, 2.0), 2)
    print(f"{name} sleeps {delay}s")
    await asyncio.sleep(delay)
    print(f"{name} woke")
    return delay


async def main():
    delays = await asyncio.gather(*(worker(f"w{i}") for i in range(5)))
    print("total", round(sum(delays), 2), "max", max(delays))


asyncio.run(main())
