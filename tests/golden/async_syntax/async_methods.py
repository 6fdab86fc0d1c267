# Async methods on classes, static and class methods included.
import asyncio

class Service:
    calls = 0
    def __init__(self, name):
        self.name = name
    async def fetch(self, key):
        await asyncio.sleep(0)
        Service.calls += 1
        return f"{self.name}:{key}"
    @staticmethod
    async def ping():
        return "pong"
    @classmethod
    async def make(cls, name):
        return cls(name)

async def main():
    s = await Service.make("db")
    print(await s.fetch("a"), await s.fetch("b"), await Service.ping(), Service.calls)
    fetch = s.fetch
    print(await fetch("bound"))

asyncio.run(main())
