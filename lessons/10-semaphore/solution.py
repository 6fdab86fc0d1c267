import asyncio

import aiohttp
import loopscope_world as world

world.host("files.example.com", latency=1.0)  # the playground's simulated server: 1 s a file

active = 0
peak = 0


async def download(session, n, slots):
    global active, peak
    async with slots:
        active += 1
        peak = max(peak, active)
        print(f"download {n}: start ({active} at once)")
        async with session.get(f"https://files.example.com/file{n}.zip") as resp:
            await resp.read()
        active -= 1


async def main():
    slots = asyncio.Semaphore(3)
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(download(session, n, slots) for n in range(1, 10)))
    print(f"peak: {peak} at once")


asyncio.run(main())
