import asyncio


async def boom(n):
    await asyncio.sleep(n)
    raise RuntimeError(f"boom {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(1))
            tg.create_task(asyncio.sleep(3))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "-", eg.message)
        print("str:", str(eg))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)


asyncio.run(main())
