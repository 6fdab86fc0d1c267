import asyncio


async def noop():
    pass


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(noop())
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    tg2 = asyncio.TaskGroup()
    coro2 = noop()
    try:
        tg2.create_task(coro2)
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    coro2.close()  # closed coroutines do not warn


asyncio.run(main())
