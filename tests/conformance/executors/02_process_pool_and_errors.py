# CPU-bound work in a ProcessPoolExecutor through run_in_executor; an exception in the
# worker reaches the awaiting coroutine.
import asyncio
from concurrent.futures import ProcessPoolExecutor
import time


def crunch(n):
    time.sleep(0.1 * n)
    if n == 3:
        raise ValueError("bad input 3")
    return sum(i * i for i in range(n * 1000))


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        tasks = [loop.run_in_executor(pool, crunch, n) for n in range(1, 5)]
        for coro in asyncio.as_completed(tasks):
            try:
                print("result", await coro)
            except ValueError as e:
                print("failed:", e)
    print("done at", round(loop.time(), 3))


if __name__ == "__main__":
    asyncio.run(main())
