import asyncio


async def waiter(event, name):
    await event.wait()
    print(f"{name} resumed")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    event.set()
    print("set() returned; the setter keeps running")
    print("still the setter")
    await asyncio.sleep(0)
    print("setter after one sleep(0)")
    await asyncio.gather(*tasks)


asyncio.run(main())
