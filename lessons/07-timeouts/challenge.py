import asyncio

import aiohttp
import loopscope_world as world

world.host("slow.example.com", latency=5)  # the playground's simulated server answers in 5 s


async def download(session):
    print("download: connection opened")
    async with session.get("https://slow.example.com/report.pdf") as resp:
        data = await resp.text()
    print("download: connection closed")
    return data


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            data = await asyncio.wait_for(download(session), timeout=2)
            print("got", len(data), "characters")
        except TimeoutError:
            print("gave up waiting")


asyncio.run(main())
