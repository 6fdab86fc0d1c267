import asyncio


async def finishes():
    await asyncio.sleep(1)
    print("finishes")


async def stuck(event):
    print("stuck waits")
    await event.wait()


async def main():
    event = asyncio.Event()
    await asyncio.gather(finishes(), stuck(event))


asyncio.run(main())
