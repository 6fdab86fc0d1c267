import asyncio


async def fetch(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("one", 2))
        t2 = tg.create_task(fetch("two", 1), name="second")
        print("tasks created inside the block:", t2.get_name())
    print("block exited after all children finished")
    print(t1.result(), t2.result())


asyncio.run(main())
