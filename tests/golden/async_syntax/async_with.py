# async with calls __aenter__ and __aexit__.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

async def main():
    async with Resource("r1") as r:
        print("using", r.name)
    async with Resource("r2", suppress=True):
        raise ValueError("swallowed")
    print("after r2")
    try:
        async with Resource("r3"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("a") as a, Resource("b") as b:
        print("both", a.name, b.name)

asyncio.run(main())
