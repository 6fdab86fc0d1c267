import asyncio


async def fail(delay, msg):
    await asyncio.sleep(delay)
    print(f"raising {msg}")
    raise ValueError(msg)


async def main():
    try:
        await asyncio.gather(fail(1, "first"), fail(2, "second"))
    except ValueError as e:
        print(f"gather raised {e}")
    await asyncio.sleep(3)
    print("the second error was retrieved by gather: no warning")


asyncio.run(main())
