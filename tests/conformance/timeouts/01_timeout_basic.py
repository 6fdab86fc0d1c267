import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            print("inside the block")
            await asyncio.sleep(1)
            print("one second in")
            await asyncio.sleep(5)
            print("never printed")
    except TimeoutError:
        print(f"TimeoutError at {loop.time()}")
    async with asyncio.timeout(3) as cm:
        await asyncio.sleep(1)
    print(f"finished in time, expired()={cm.expired()}")


asyncio.run(main())
