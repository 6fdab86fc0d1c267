import asyncio


async def leaf(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise LookupError(name)
        print(f"leaf {name} done")
    except asyncio.CancelledError:
        print(f"leaf {name} cancelled")
        raise


async def branch(name, fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(f"{name}.1", 1))
        tg.create_task(leaf(f"{name}.2", 2, fail=fail))
        tg.create_task(leaf(f"{name}.3", 3))
    print(f"branch {name} done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch("A", fail=False))
            tg.create_task(branch("B", fail=True))
    except* LookupError as eg:
        print("outer group:", repr(eg))


asyncio.run(main())
