import asyncio


async def main():
    cm = asyncio.timeout(1)
    async with cm:
        await asyncio.sleep(0.1)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print(f"RuntimeError: {e}")


asyncio.run(main())
