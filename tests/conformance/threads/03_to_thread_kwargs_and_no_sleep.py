import asyncio


def format_user(name, *, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


async def tick():
    print("tick runs while the thread result is pending")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.to_thread(format_user, "Ada", greeting="Hi"))
    asyncio.create_task(tick())
    print(await t, "at", loop.time())
    print(await asyncio.to_thread(format_user, "Bob", punctuation="?"))


asyncio.run(main())
