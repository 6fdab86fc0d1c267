# loop.call_soon_threadsafe: a worker thread (to_thread, run_in_executor) hands its results
# back to the event loop; the callback runs once the thread has made the call (here after its
# time.sleep of 0.75 s), between the ticks (every 0.5 s) of a task that kept running. Also the
# loop methods' messages for missing arguments.
import asyncio
import time


def worker(loop, fut, n):
    time.sleep(n)
    loop.call_soon_threadsafe(print, f"worker {n} reports back")
    loop.call_soon_threadsafe(fut.set_result, n * 100)


def quick(loop, fut):
    loop.call_soon_threadsafe(fut.set_result, "quick")


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon_threadsafe(print, "from the loop's own thread")
    print(type(h).__name__)
    fut = loop.create_future()
    t = asyncio.create_task(ticker())
    await asyncio.to_thread(worker, loop, fut, 0.75)
    print("result", await fut)
    await t
    fut = loop.create_future()
    await loop.run_in_executor(None, quick, loop, fut)
    print("result", await fut)


asyncio.run(main())
loop = asyncio.new_event_loop()
for method in (loop.call_soon, loop.call_later, loop.call_at, loop.call_soon_threadsafe):
    for args in ((), (1,)):
        try:
            method(*args)
        except TypeError as e:
            print("TypeError:", e)
loop.close()
