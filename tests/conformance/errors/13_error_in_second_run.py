import asyncio


async def ok():
    await asyncio.sleep(1)
    print("first run ok")


async def broken():
    await asyncio.sleep(1)
    print("second run about to fail")
    return None + 1


asyncio.run(ok())
asyncio.run(broken())
