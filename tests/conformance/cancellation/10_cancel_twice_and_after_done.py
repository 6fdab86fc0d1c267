import asyncio


async def victim():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError as e:
        print("victim cancelled with", e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("first cancel:", t.cancel("first"))
    print("second cancel:", t.cancel("second"))
    await asyncio.gather(t, return_exceptions=True)
    print("cancel after done:", t.cancel("third"))


asyncio.run(main())
