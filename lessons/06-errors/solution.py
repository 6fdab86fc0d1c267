import asyncio


class HostDown(Exception):
    pass


async def check(host, seconds, up=True):
    await asyncio.sleep(seconds)
    if not up:
        raise HostDown(f"{host} is down")
    return f"{host} is up"


async def main():
    results = await asyncio.gather(
        check("alpha", 1), check("beta", 2, up=False), check("gamma", 3), return_exceptions=True
    )
    for r in results:
        print(r)


asyncio.run(main())
