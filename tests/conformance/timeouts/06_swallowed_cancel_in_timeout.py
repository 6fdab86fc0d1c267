import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(2)
            except asyncio.CancelledError:
                print("body saw CancelledError and swallowed it at", loop.time())
            print("body goes on")
            await asyncio.sleep(0.5)
            print("body ends at", loop.time())
    except TimeoutError:
        print("the timeout still raises TimeoutError at", loop.time())


asyncio.run(main())
