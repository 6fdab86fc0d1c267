import asyncio


async def count(name):
    for i in range(3):
        print(f"{name} {i}")


async def main():
    await asyncio.gather(count("A"), count("B"))


asyncio.run(main())
