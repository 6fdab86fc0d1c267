import asyncio


async def work():
    await asyncio.sleep(1)
    print("work returns")
    return 1


async def awaiter(t, name):
    await t
    print(f"{name} resumed")


async def main():
    t = asyncio.create_task(work())
    a = asyncio.create_task(awaiter(t, "awaiter-1"))
    t.add_done_callback(lambda _: print("plain done callback"))
    b = asyncio.create_task(awaiter(t, "awaiter-2"))
    await asyncio.gather(a, b)


asyncio.run(main())
