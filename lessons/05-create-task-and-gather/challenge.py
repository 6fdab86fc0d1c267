import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name}: done")
    return name


async def main():
    a = await fetch("a", 3)
    b = await fetch("b", 1)
    c = await fetch("c", 2)
    print("results:", [a, b, c])


asyncio.run(main())
