import asyncio


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()


async def main():
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print(results)


asyncio.run(main())
