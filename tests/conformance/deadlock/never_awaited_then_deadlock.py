import asyncio


async def forgotten():
    pass


async def main():
    forgotten()
    print("waiting forever")
    await asyncio.Event().wait()


asyncio.run(main())
