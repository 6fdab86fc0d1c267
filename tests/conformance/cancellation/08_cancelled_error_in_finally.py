import asyncio


async def worker():
    try:
        print("working")
        await asyncio.sleep(5)
    finally:
        print("finally: starting async cleanup")
        await asyncio.sleep(1)
        print("finally: cleanup finished")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0.5)
    print("task done while cleaning up?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task ended cancelled after its finally, at", asyncio.get_running_loop().time())


asyncio.run(main())
