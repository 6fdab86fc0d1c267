import asyncio


async def main():
    print("never runs"
    await asyncio.sleep(1)


asyncio.run(main())
