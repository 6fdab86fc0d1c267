import asyncio


async def job(n):
    await asyncio.sleep(n)
    print(f"job {n} done")
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    t1 = loop.create_task(job(2))
    t2 = loop.create_task(job(1), name="loop-named")
    print(t2.get_name(), isinstance(t1, asyncio.Task))
    print(await t1 + await t2)
    f = asyncio.ensure_future(job(0.5))
    print("ensure_future gives a Task:", isinstance(f, asyncio.Task))
    print(await f)


asyncio.run(main())
