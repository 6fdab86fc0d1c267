# Timers at NaN are due at once (CPython's _run_once fires them on the next iteration): sleep,
# call_later, wait_for and timeout with NaN neither spin nor hang; a timer at +inf never fires.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(float("nan"))
    print("slept nan", loop.time() - t0)
    loop.call_later(float("nan"), print, "call_later nan")
    loop.call_later(5, print, "call_later 5")
    loop.call_later(float("nan"), print, "call_later nan again")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=float("nan"))
    except TimeoutError:
        print("wait_for nan: TimeoutError")
    try:
        async with asyncio.timeout(float("nan")):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout nan: TimeoutError")
    loop.call_later(float("inf"), print, "never")
    await asyncio.sleep(6)
    print("done", loop.time() - t0)


asyncio.run(main())
