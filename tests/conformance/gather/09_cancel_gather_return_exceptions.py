import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def main():
    g = asyncio.gather(child(1), child(2), child(3), return_exceptions=True)
    await asyncio.sleep(1.5)
    g.cancel()
    try:
        result = await g
        print("gather returned", [type(r).__name__ for r in result])
    except asyncio.CancelledError:
        print("gather raised CancelledError")


asyncio.run(main())
