import asyncio
import time


def compress(name):
    # A library function: it blocks, and you cannot change it.
    time.sleep(1)
    return f"{name}.gz"


async def handle(name):
    print(f"{name}: compressing")
    result = compress(name)
    print(f"{name}: saved {result}")


async def main():
    await asyncio.gather(handle("a.log"), handle("b.log"), handle("c.log"))
    print("all files compressed")


asyncio.run(main())
