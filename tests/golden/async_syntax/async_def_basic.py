# async def, await and asyncio.run's return value.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main():
    print("main started")
    x = await add(1, 2)
    y = await add(x, 10)
    print("results", x, y)
    return y * 2

result = asyncio.run(main())
print("asyncio.run returned", result)
