import asyncio


async def waiter(event, name):
    print(f"{name} waits")
    result = await event.wait()
    print(f"{name} woke, wait() returned {result}")


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    event.set()
    print("set; is_set:", event.is_set())
    await asyncio.gather(*tasks)
    print("already set: wait returns at once:", await event.wait())
    event.clear()
    print("cleared; is_set:", event.is_set())
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.sleep(1)
    event.set()
    event.clear()
    print("set then clear right away")
    await late


asyncio.run(main())
