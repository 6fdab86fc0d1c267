import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print("ten sleeps of 0.1:", repr(loop.time()))
    await asyncio.sleep(0.2)
    print("then 0.2 more:", repr(loop.time()))
    target = 1.5
    await asyncio.sleep(target - loop.time())
    print("sleeping until 1.5:", repr(loop.time()))


asyncio.run(main())
