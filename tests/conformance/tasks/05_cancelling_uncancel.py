import asyncio


async def stubborn():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print(f"attempt {attempt} finished normally")
        except asyncio.CancelledError:
            print(f"attempt {attempt} cancelled, cancelling()={me.cancelling()}")
            left = me.uncancel()
            print(f"uncancel() returned {left}")
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    print("cancelling() before:", t.cancelling())
    await asyncio.sleep(0.5)
    t.cancel()
    print("cancelling() after one cancel:", t.cancelling())
    await asyncio.sleep(1)
    t.cancel()
    t.cancel()
    print("cancelling() after two more:", t.cancelling())
    print(await t)
    print("cancelled():", t.cancelled())


asyncio.run(main())
