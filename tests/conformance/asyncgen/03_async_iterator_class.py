import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        self.current -= 1
        return self.current + 1


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"open {self.name}")
        await asyncio.sleep(0.5)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"close {self.name} (exc_type={exc_type.__name__ if exc_type else None})")
        await asyncio.sleep(0.5)
        return exc_type is KeyError


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    async with Session("s1") as s:
        print("using", s.name)
    async with Session("s2"):
        raise KeyError("suppressed by __aexit__")
    print("KeyError was suppressed")
    try:
        async with Session("s3"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("ValueError escaped:", e)


asyncio.run(main())
