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

    # Add __aenter__ and __aexit__ so that `async with` opens and closes the connection.


async def main():
    async with Connection("db") as conn:
        print(f"{conn.name}: query")


asyncio.run(main())
