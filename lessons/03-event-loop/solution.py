import asyncio


async def count(name):
    for i in range(3):
        print(f"{name} {i}")
        await asyncio.sleep(0)  # let the other task take a turn


async def main():
    await asyncio.gather(count("A"), count("B"))


asyncio.run(main())
