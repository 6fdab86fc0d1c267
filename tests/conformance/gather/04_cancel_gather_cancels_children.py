import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} completed")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("x", 1), child("y", 5), child("z", 6))
    await asyncio.sleep(2)
    print("cancelling the gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled():", g.cancelled())


asyncio.run(main())
