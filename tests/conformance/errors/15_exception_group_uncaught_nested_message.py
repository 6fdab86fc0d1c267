import asyncio


async def main():
    await asyncio.sleep(0.1)
    raise ExceptionGroup("batch failed", [ValueError("a"), TypeError("b")])


asyncio.run(main())
