import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(f"before run: {e}")


async def helper(loop):
    return asyncio.get_running_loop() is loop


async def main():
    loop = asyncio.get_running_loop()
    print("get_event_loop() is the running loop:", asyncio.get_event_loop() is loop)
    print("same loop in a child task:", await asyncio.create_task(helper(loop)))
    print("loop.is_running():", loop.is_running())
    print("loop.time() at start:", loop.time())
    await asyncio.sleep(3)
    print("loop.time() after sleep(3):", loop.time())
    return loop


loop = asyncio.run(main())
print("after run, loop.is_closed():", loop.is_closed())
