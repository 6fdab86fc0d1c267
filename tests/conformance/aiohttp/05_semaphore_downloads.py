# Twenty downloads, at most five at a time (a Semaphore), each taking its host's time.
import asyncio
import time

import aiohttp


async def download(session, sem, i):
    async with sem:
        url = f"https://files.example.com/file{i}.bin"
        async with session.get(url) as resp:
            await resp.read()
            return i, resp.status


async def main():
    sem = asyncio.Semaphore(5)
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(download(session, sem, i)) for i in range(20)]
        for coro in asyncio.as_completed(tasks):
            i, status = await coro
            print(f"file{i} {status} at {time.perf_counter() - start:.2f}s")


asyncio.run(main())
