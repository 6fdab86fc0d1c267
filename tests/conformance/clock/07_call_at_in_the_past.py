import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    loop.call_at(0.5, print, "call_at with a past deadline fires on the next iteration")
    loop.call_soon(print, "call_soon")
    print("scheduled")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("time did not move:", loop.time())


asyncio.run(main())
