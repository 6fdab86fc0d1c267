import asyncio


async def save(name, duration):
    print(f"saving {name}")
    await asyncio.sleep(duration)
    print(f"saved {name}")
    return name


async def main():
    inner = asyncio.ensure_future(save("report", 3))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("gave up waiting; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    value = await asyncio.shield(save("quick", 0.5))
    print("shield of a coroutine returns:", value)


asyncio.run(main())
