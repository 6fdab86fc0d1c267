import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
            print("sleep won the tie")
    except TimeoutError:
        print("timeout won the tie at", loop.time())
    try:
        result = await asyncio.wait_for(asyncio.sleep(1, result="sleep"), timeout=1)
        print("wait_for tie:", result)
    except TimeoutError:
        print("wait_for tie: TimeoutError at", loop.time())
    task = asyncio.create_task(asyncio.sleep(1, result="early task"))
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(1):
            print("task scheduled its timer first:", await task)
    except TimeoutError:
        print("timeout first at", loop.time())


asyncio.run(main())
