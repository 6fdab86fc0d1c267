import asyncio


async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
    except asyncio.CancelledError:
        print("parent sees CancelledError (not an ExceptionGroup)")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent task cancelled:", p.cancelled())


asyncio.run(main())
