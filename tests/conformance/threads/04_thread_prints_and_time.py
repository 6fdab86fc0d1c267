import asyncio
import time


def worker():
    start = time.monotonic()
    print("thread: starting")
    time.sleep(1)
    print("thread: one second in")
    time.sleep(1)
    print(f"thread: done after {time.monotonic() - start:.1f}s")
    return "thread result"


async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.create_task(asyncio.to_thread(worker))
    for i in range(3):
        print(f"main: loop.time()={loop.time()}")
        await asyncio.sleep(0.75)
    print(await fut)


asyncio.run(main())
