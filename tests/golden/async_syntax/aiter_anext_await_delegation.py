import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.n -= 1
        return self.n + 1


class Delayed:
    """An awaitable whose __await__ hands over to a coroutine's."""

    def __init__(self, value):
        self.value = value

    async def _run(self):
        await asyncio.sleep(0.5)
        return self.value

    def __await__(self):
        return self._run().__await__()


async def ticks():
    for i in range(2):
        await asyncio.sleep(0)
        yield i


async def main():
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await Delayed("late value"))
    print(await asyncio.gather(Delayed(1), Delayed(2)))
    g = ticks()
    print(await anext(g), await anext(g), await anext(g, None))
    for bad in (1, [1, 2]):
        try:
            anext(bad)
        except TypeError as e:
            print(e)
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    try:
        aiter(1, 2)
    except TypeError as e:
        print(e)


asyncio.run(main())
