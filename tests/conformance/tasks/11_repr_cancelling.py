# A task's repr says 'cancelling' from cancel() until it is done (CPython 3.11 looks at
# cancelling(), the count of requests), also when the request went to the future it waits on,
# and again after uncancel() brings the count back to zero.
import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn caught it, cancelling =", asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
        await asyncio.sleep(0.1)
    return "kept going"


async def main():
    t = asyncio.create_task(child(1), name="sleeper")
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    print(t)
    await asyncio.sleep(0)
    print(t)

    t = asyncio.create_task(child(1), name="not started")
    t.cancel()
    print(t)
    await asyncio.gather(t, return_exceptions=True)
    print(t)

    s = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    s.cancel()
    print(s)
    await asyncio.sleep(0.05)
    print(s)
    print(await s, s)


asyncio.run(main())
