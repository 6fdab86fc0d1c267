# await inside expressions, f-strings, comprehensions and conditions.
import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x

async def main():
    print(await value(1) + await value(2))
    print(f"awaited: {await value('inside f-string')}")
    print([await value(i) for i in range(3)])
    if await value(True):
        print("await in if condition")
    d = {await value("k"): await value("v")}
    print(d, (await value([1, 2]))[1])
    return await value("tail")

print(asyncio.run(main()))
