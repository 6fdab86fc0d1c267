import asyncio


async def long_job():
    await asyncio.sleep(10)
    return "long"


async def short_job():
    await asyncio.sleep(1)
    print("short job done")
    return "short"


async def main():
    victim = asyncio.create_task(long_job())
    other = asyncio.create_task(short_job())
    asyncio.get_running_loop().call_later(0.5, victim.cancel)
    try:
        await asyncio.gather(victim, other)
    except asyncio.CancelledError:
        print("gather propagated the child's CancelledError")
    print("other done?", other.done())
    await other
    res = await asyncio.gather(victim, other, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
