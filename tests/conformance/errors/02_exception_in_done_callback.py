import asyncio


def bad_callback(task):
    print("bad_callback runs")
    raise RuntimeError("callback failed")


def good_callback(task):
    print("good_callback still runs, result", task.result())


async def job():
    await asyncio.sleep(1)
    return 5


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(bad_callback)
    t.add_done_callback(good_callback)
    print("await gives", await t)
    await asyncio.sleep(0)
    print("main is unaffected")


asyncio.run(main())
