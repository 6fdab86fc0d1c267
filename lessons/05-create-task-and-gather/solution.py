import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name}: done")
    return name


async def main():
    a, b, c = await asyncio.gather(fetch("a", 3), fetch("b", 1), fetch("c", 2))
    print("results:", [a, b, c])


asyncio.run(main())
