import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print(f"child {n} finished")
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child(1), child(3), child(5))
    except asyncio.CancelledError:
        print("parent cancelled inside gather")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(2)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print("parent cancelled:", p.cancelled())


asyncio.run(main())
