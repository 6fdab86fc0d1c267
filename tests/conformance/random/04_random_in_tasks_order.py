import asyncio
import random

random.seed(2026)


async def roller(name):
    rolls = []
    for _ in range(3):
        rolls.append(random.randint(1, 6))
        await asyncio.sleep(0)
    print(name, rolls)


async def main():
    await asyncio.gather(roller("a"), roller("b"))
    print([random.randrange(100) for _ in range(5)])


asyncio.run(main())
