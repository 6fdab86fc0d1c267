import asyncio


async def instant():
    print("instant runs")
    return "instant result"


async def one_tick():
    await asyncio.sleep(0)
    return "after one tick"


async def main():
    print(await asyncio.wait_for(instant(), timeout=1))
    print(await asyncio.wait_for(one_tick(), timeout=0.5))
    print(await asyncio.wait_for(instant(), timeout=None))
    loop = asyncio.get_running_loop()
    print("no time passed:", loop.time())
    fut = loop.create_future()
    fut.set_result("already done")
    print(await asyncio.wait_for(fut, timeout=0))


asyncio.run(main())
