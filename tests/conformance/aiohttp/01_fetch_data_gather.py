# The tutorial's shape: fetch_data(session, url) gathered over many URLs, unchanged.
import asyncio
import time

import aiohttp


async def fetch_data(session, url):
    async with session.get(url) as response:
        data = await response.json()
        print(f"got {url} status={response.status}")
        return data


async def main():
    start = time.perf_counter()
    urls = [f"https://api.example.com/posts/{i}" for i in range(1, 11)]
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch_data(session, url) for url in urls))
    print([r["id"] for r in results])
    print(results[0])
    print(f"took {time.perf_counter() - start:.2f}s")


asyncio.run(main())
