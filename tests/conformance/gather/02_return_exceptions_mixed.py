import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def fail(n, exc):
    await asyncio.sleep(n)
    raise exc


async def main():
    results = await asyncio.gather(
        ok(1), fail(0.5, ValueError("bad value")), ok(2), fail(1.5, KeyError("k")),
        return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
