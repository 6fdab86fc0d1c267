# Failures: a host that is down (ClientConnectorError), a bad URL (InvalidURL), a rate
# limit (429 after N requests in a window), bandwidth making bodies take time, a closed session.
import asyncio

import aiohttp
import loopscope_world as world

world.host("down.example.com", down=True)
world.host("limited.example.com", latency=0.1, rate_limit=(2, 1.0))
world.host("big.example.com", latency=0.1, bandwidth=1000)
world.route("https://big.example.com/blob", text="x" * 2500)


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        try:
            await session.get("https://down.example.com/")
        except aiohttp.ClientConnectorError as e:
            print("connector:", e, isinstance(e, aiohttp.ClientConnectionError), isinstance(e, OSError))
        try:
            await session.get("ftp://example.com/file")
        except aiohttp.InvalidURL as e:
            print("invalid:", e)
        for i in range(4):
            async with session.get("https://limited.example.com/q") as r:
                print(i, r.status, round(loop.time(), 3))
        await asyncio.sleep(1)
        async with session.get("https://limited.example.com/q") as r:
            print("after the window", r.status)
        t0 = loop.time()
        async with session.get("https://big.example.com/blob") as r:
            t1 = loop.time()
            text = await r.text()
            print(len(text), round(t1 - t0, 3), round(loop.time() - t1, 3))
    try:
        await session.get("https://api.example.com/")
    except RuntimeError as e:
        print("closed:", e)


asyncio.run(main())
