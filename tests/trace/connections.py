import asyncio

import aiohttp
import loopscope_world as world

world.host("api.example.com", latency=0.2)
world.host("slow.example.com", latency=2.0)


async def fetch(n):
    async with aiohttp.request("GET", f"https://api.example.com/users/{n}") as resp:
        return (await resp.json())["id"]


async def slow():
    try:
        async with aiohttp.request("GET", "https://slow.example.com/",
                                   timeout=aiohttp.ClientTimeout(total=1)):
            pass
    except asyncio.TimeoutError:
        print("timed out")


async def main():
    print(await asyncio.gather(fetch(1), fetch(2)))
    await slow()


asyncio.run(main())
