# A class with __aiter__ / __anext__ used with async for.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    async for tick in Ticker(3):
        print("tick", tick)
    else:
        print("async for else runs too")
    print([t async for t in Ticker(4)])

asyncio.run(main())
