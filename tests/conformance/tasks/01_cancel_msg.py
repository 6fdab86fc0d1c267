import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"worker caught CancelledError args={e.args}")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel returned", t.cancel("shutting down"))
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"main caught CancelledError args={e.args}")
    print("cancelled():", t.cancelled(), "done():", t.done())
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print(f"without a message args={e.args}")


asyncio.run(main())
