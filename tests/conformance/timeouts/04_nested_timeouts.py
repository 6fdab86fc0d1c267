import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(3)
            except TimeoutError:
                print("inner (1s) expired at", loop.time())
            await asyncio.sleep(1)
            print("outer still alive at", loop.time())
    except TimeoutError:
        print("outer should not expire")
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(5):
                    await asyncio.sleep(3)
            except TimeoutError:
                print("inner must not claim the outer timeout")
            print("not reached")
    except TimeoutError:
        print("outer (1s) expired at", loop.time())


asyncio.run(main())
