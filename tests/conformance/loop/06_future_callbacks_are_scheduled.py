import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    fut.set_result("x")
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print("after one loop iteration")
    fut.add_done_callback(lambda f: print("late callback"))
    print("late callback is scheduled with call_soon")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
