import asyncio


def ring(name, loop):
    print(f"{name} rings at {loop.time()}")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    now = loop.time()
    loop.call_later(2, ring, "later-2", loop)
    loop.call_at(now + 1, ring, "at-now+1", loop)
    loop.call_later(0.5, ring, "later-0.5", loop)
    loop.call_at(now + 2, ring, "at-now+2", loop)
    loop.call_later(0, ring, "later-0", loop)
    loop.call_soon(ring, "soon", loop)
    await asyncio.sleep(3)
    print("main done")


asyncio.run(main())
