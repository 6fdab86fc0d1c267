import asyncio


async def ticks(n, interval):
    try:
        for i in range(n):
            await asyncio.sleep(interval)
            yield i
    finally:
        print("ticks generator closed")


async def main():
    async for t in ticks(3, 0.5):
        print("tick", t)
    gen = ticks(10, 1)
    async for t in gen:
        print("early break at", t)
        if t == 1:
            break
    await gen.aclose()
    print("squares:", [x * x async for x in ticks(3, 0.1)])


asyncio.run(main())
