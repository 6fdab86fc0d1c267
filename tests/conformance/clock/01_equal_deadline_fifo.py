import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} woke at {asyncio.get_running_loop().time()}")


async def main():
    names = ["e", "b", "d", "a", "c"]
    await asyncio.gather(*(sleeper(n, 1) for n in names))
    loop = asyncio.get_running_loop()
    when = loop.time() + 1
    for n in names:
        loop.call_at(when, print, f"call_at {n}")
    await asyncio.sleep(2)


asyncio.run(main())
