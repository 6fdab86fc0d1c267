import asyncio


async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"end {name}")
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("slow", 3), fetch("fast", 1), fetch("medium", 2))
    print(results)


asyncio.run(main())
