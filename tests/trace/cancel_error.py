import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled")
        raise


async def fails():
    await asyncio.sleep(0.5)
    raise ValueError("bad value")


async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(1)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancel")
    event = asyncio.Event()
    event.set()
    await event.wait()
    await fails()


asyncio.run(main())
