import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    deadline = loop.time() + 2.5
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("deadline is", cm.when())
            while True:
                await asyncio.sleep(1)
                print("tick", loop.time())
    except TimeoutError:
        print("timeout_at fired at", loop.time())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("a deadline in the past: the body starts")
            await asyncio.sleep(0)
            print("never printed")
    except TimeoutError:
        print("past deadline times out at the first await, at", loop.time())


asyncio.run(main())
