# debug mode: reprs of tasks, futures and handles end with "created at FILE:LINE"
import asyncio


def callback(x):
    print("callback", x)


async def child():
    await asyncio.sleep(0.5)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    t = loop.create_task(child(), name="made-by-loop")
    print(t)
    fut = loop.create_future()
    print(fut)
    fut2 = asyncio.Future()
    print(fut2)
    h = loop.call_soon(callback, 1)
    print(h)
    h2 = loop.call_soon(callback, 2)
    h2.cancel()
    print(h2)
    g = asyncio.gather(t)
    print(g)
    await g
    print(t)
    fut.set_result(3)
    print(fut)


asyncio.run(main(), debug=True)
asyncio.run(main(), debug=False)
