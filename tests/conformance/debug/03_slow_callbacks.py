# debug mode: slow plain callbacks are logged as their handle; the threshold is settable
import asyncio
import time


def block(seconds):
    time.sleep(seconds)
    print("blocked", seconds)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    loop.call_soon(block, 0.15)
    loop.call_later(1, block, 0.3)
    await asyncio.sleep(2)
    loop.slow_callback_duration = 0.5
    print(loop.slow_callback_duration)
    loop.call_soon(block, 0.3)  # under the new threshold
    loop.call_soon(block, 0.5)  # equal to it: logged
    await asyncio.sleep(1)
    loop.set_debug(False)
    loop.call_soon(block, 1)  # debug mode off: not logged
    await asyncio.sleep(0)
    print(loop.get_debug())


asyncio.run(main())
with asyncio.Runner(debug=True) as runner:
    runner.run(main())
