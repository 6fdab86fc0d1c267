# Async generators: yield inside async def.
import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1
    print("countdown exhausted")

async def main():
    async for v in countdown(3):
        print("got", v)
    evens = [v async for v in countdown(6) if v % 2 == 0]
    print(evens)
    gen = countdown(2)
    print(type(gen).__name__)
    print(await gen.__anext__(), await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
