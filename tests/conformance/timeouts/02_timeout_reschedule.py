import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when() with None:", cm.when())
            await asyncio.sleep(1)
            new_deadline = loop.time() + 0.5
            cm.reschedule(new_deadline)
            print("rescheduled to", cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"timed out at {loop.time()}, expired()={cm.expired()}")
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            await asyncio.sleep(1.5)
            print("extended deadline let this finish at", loop.time())
            cm.reschedule(None)
            await asyncio.sleep(3)
            print("no deadline any more at", loop.time())
    except TimeoutError:
        print("not expected")


asyncio.run(main())
