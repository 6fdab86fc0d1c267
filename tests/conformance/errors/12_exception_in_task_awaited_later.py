import asyncio


async def fails_fast():
    raise IndexError("list index out of range (simulated)")


async def main():
    t = asyncio.create_task(fails_fast())
    await asyncio.sleep(1)
    print("task done:", t.done())
    try:
        await t
    except IndexError as e:
        print(f"retrieved later: {e}")


asyncio.run(main())
