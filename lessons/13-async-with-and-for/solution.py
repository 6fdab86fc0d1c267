import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def open(self):
        await asyncio.sleep(0.5)
        print(f"{self.name}: open")

    async def close(self):
        await asyncio.sleep(0.5)
        print(f"{self.name}: closed")

    async def __aenter__(self):
        await self.open()
        return self  # what `as conn` receives

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
        return False


async def main():
    async with Connection("db") as conn:
        print(f"{conn.name}: query")


asyncio.run(main())
