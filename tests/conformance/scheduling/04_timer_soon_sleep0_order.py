import asyncio


async def task_body(name):
    print(f"task {name} step 1")
    await asyncio.sleep(0)
    print(f"task {name} step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon 1")
    asyncio.create_task(task_body("T"))
    loop.call_at(loop.time(), print, "call_at(now)")
    loop.call_soon(print, "call_soon 2")
    print("main yields with sleep(0)")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main resumed again")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
