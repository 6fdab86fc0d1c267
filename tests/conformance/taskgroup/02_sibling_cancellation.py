import asyncio


async def worker(name, delay):
    try:
        print(f"{name} working")
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def failing(delay):
    await asyncio.sleep(delay)
    print("failing raises")
    raise ValueError("worker exploded")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 5))
            tg.create_task(worker("b", 0.5))
            tg.create_task(failing(1))
            tg.create_task(worker("c", 3))
    except* ValueError as eg:
        print(f"caught group: {eg.exceptions!r}")
    print("after the group")


asyncio.run(main())
