import asyncio


async def once():
    print("once runs")
    await asyncio.sleep(1)
    return "value"


async def main():
    print("empty gather:", await asyncio.gather())
    t = asyncio.create_task(once())
    print("same task twice:", await asyncio.gather(t, t))
    c = once()
    print("same coroutine twice:", await asyncio.gather(c, c))


asyncio.run(main())
