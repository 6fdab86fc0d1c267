import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # outside debug mode call_soon does not check its argument: the error is logged when it runs
    handle = loop.call_soon(42)
    print("call_soon(42) returned a handle:", type(handle).__name__)
    loop.call_soon(print, "a", "b")
    await asyncio.sleep(0)
    print("the loop kept going")


asyncio.run(main())
