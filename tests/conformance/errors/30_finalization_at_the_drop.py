import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"connection {self.name} closed by __del__")


async def fetch(n):
    await asyncio.sleep(0.1)
    return n


def pages():
    try:
        for i in range(10):
            yield i
    finally:
        print("pages: finally")


async def main():
    pending = fetch(1)
    print("made a coroutine, not awaited yet")
    pending = None
    print("dropped it")
    conn = Connection("a")
    await asyncio.sleep(0.1)
    conn = None
    print("after conn = None")
    for p in pages():
        if p == 2:
            break
    print("after the break")
    print(await fetch(2))


asyncio.run(main())
print("done")
