import asyncio


class Connection:
    """An asynchronous context manager: opening and closing take time."""

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"{self.name}: opening")
        await asyncio.sleep(0.5)
        print(f"{self.name}: open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"{self.name}: closing")
        await asyncio.sleep(0.5)
        print(f"{self.name}: closed")
        return False  # do not swallow an exception from the block


async def rows(conn, count):
    """An asynchronous generator: it awaits between the values it yields."""
    for n in range(1, count + 1):
        await asyncio.sleep(0.5)  # fetching the next row
        yield f"{conn.name} row {n}"


async def read_table(name, count):
    async with Connection(name) as conn:
        async for row in rows(conn, count):
            print(row)


class Countdown:
    """An asynchronous iterator written by hand: __aiter__ and __anext__."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration  # ends the async for loop
        await asyncio.sleep(1)
        self.current -= 1
        return self.current + 1


async def main():
    await asyncio.gather(read_table("users", 2), read_table("orders", 3))
    async for n in Countdown(3):
        print(f"countdown: {n}")
    print("liftoff")


asyncio.run(main())
