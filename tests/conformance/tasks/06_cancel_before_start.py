import asyncio


async def never_starts():
    print("this line never prints")


async def main():
    t = asyncio.create_task(never_starts())
    print("cancel:", t.cancel())
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError")
    print("cancelled:", t.cancelled())


asyncio.run(main())
