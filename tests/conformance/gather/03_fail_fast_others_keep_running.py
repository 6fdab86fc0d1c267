import asyncio


async def worker(name, delay, fail=False):
    print(f"{name} started")
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} raising")
        raise RuntimeError(f"{name} failed")
    print(f"{name} finished")
    return name


async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 1, fail=True))
    c = asyncio.create_task(worker("c", 2))
    try:
        await asyncio.gather(a, b, c)
    except RuntimeError as e:
        print(f"gather raised at once: {e}")
    print("a done?", a.done(), "c done?", c.done())
    await asyncio.sleep(5)
    print("later: a =", a.result(), "c =", c.result())


asyncio.run(main())
