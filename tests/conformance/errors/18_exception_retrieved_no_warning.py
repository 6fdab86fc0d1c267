import asyncio


async def fails():
    raise RuntimeError("handled via exception()")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print("exception():", repr(t.exception()))
    del t
    await asyncio.sleep(0.1)
    print("no warning: the exception was retrieved")


asyncio.run(main())
