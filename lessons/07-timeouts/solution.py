import asyncio

import aiohttp
import loopscope_world as world

world.host("slow.example.com", latency=5)  # the playground's simulated server answers in 5 s


async def download(session):
    print("download: connection opened")
    try:
        async with session.get("https://slow.example.com/report.pdf") as resp:
            return await resp.text()
    finally:
        print("download: connection closed")


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            data = await asyncio.wait_for(download(session), timeout=2)
            print("got", len(data), "characters")
        except TimeoutError:
            print("gave up waiting")


asyncio.run(main())
