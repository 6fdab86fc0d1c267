# Debug mode switched on while task steps and wake-ups are already scheduled (from outside
# debug mode): those steps are timed and logged as any other; and off and on again.
import asyncio
import time


async def sleeper(i, ev):
    await ev.wait()
    if i == 1:
        time.sleep(0.2)  # the step of its wake-up is slow
    await asyncio.sleep(0)
    if i == 2:
        time.sleep(0.15)  # the step after its sleep(0) is slow
    return i


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    tasks = [asyncio.create_task(sleeper(i, ev)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()  # three wake-ups scheduled outside debug mode
    loop.set_debug(True)
    print([await t for t in tasks])
    loop.set_debug(False)
    t = asyncio.create_task(sleeper(1, ev))  # its first step scheduled outside debug mode
    loop.set_debug(True)
    print(await t)
    loop.set_debug(False)
    t = asyncio.create_task(sleeper(2, ev))
    await asyncio.sleep(0)
    print(t.cancel())  # cancelled with its step scheduled
    print(await asyncio.gather(t, return_exceptions=True))
    print(loop.get_debug())


asyncio.run(main())
