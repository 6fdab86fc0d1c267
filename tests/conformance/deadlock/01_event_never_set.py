import asyncio


async def main():
    ready = asyncio.Event()
    print("waiting for an event nobody sets")
    await ready.wait()
    print("never printed")


asyncio.run(main())
