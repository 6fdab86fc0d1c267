# An async generator left by break: asyncio finalizes it (its finally runs on the loop).
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker finally")


async def main():
    async for t in ticker(5):
        print("tick", t)
        if t == 1:
            break
    print("after the break")
    await asyncio.sleep(0)
    print("after a sleep")


asyncio.run(main())
print("end")
