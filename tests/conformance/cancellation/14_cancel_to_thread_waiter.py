import asyncio
import time


def blocking(n):
    time.sleep(n)
    return n


async def main():
    t = asyncio.create_task(asyncio.to_thread(blocking, 3))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting the thread was cancelled at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print("the thread's late result was ignored; end at", asyncio.get_running_loop().time())


asyncio.run(main())
