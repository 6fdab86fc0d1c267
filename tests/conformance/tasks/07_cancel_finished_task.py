import asyncio


async def quick():
    return "quick result"


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done:", t.done())
    print("cancel() on a finished task returns", t.cancel())
    print("cancelled:", t.cancelled(), "result:", t.result())
    print("awaiting a finished task twice:", await t, await t)


asyncio.run(main())
