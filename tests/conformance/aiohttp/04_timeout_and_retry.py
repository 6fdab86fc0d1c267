# A slow host and a flaky host: ClientTimeout, then retries with a back-off until the flaky
# host answers.
import asyncio

import aiohttp
import loopscope_world as world

world.host("slow.example.com", latency=3.0)
world.host("flaky.example.com", latency=0.2, fail_first=2)


async def fetch_with_retry(session, url, attempts=4):
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(url) as resp:
                print(f"attempt {attempt}: {resp.status}")
                return await resp.json()
        except aiohttp.ClientError as e:
            print(f"attempt {attempt} failed: {type(e).__name__}: {e}")
            await asyncio.sleep(0.5 * attempt)
    raise RuntimeError("giving up")


async def main():
    timeout = aiohttp.ClientTimeout(total=1)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            async with session.get("https://slow.example.com/report") as resp:
                print("unexpected", resp.status)
        except asyncio.TimeoutError:
            print("timed out after 1s")
        data = await fetch_with_retry(session, "https://flaky.example.com/data")
        print(data["path"])
        async with session.get("https://slow.example.com/report", timeout=5) as resp:
            print("with more time:", resp.status)


asyncio.run(main())
