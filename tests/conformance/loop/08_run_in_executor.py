import asyncio
import time


def compute(a, b):
    time.sleep(1.5)
    return a + b


def fails():
    time.sleep(0.5)
    raise OSError("disk not found")


async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, compute, 2, 3)
    print("result", result, "at", loop.time())
    try:
        await loop.run_in_executor(None, fails)
    except OSError as e:
        print(f"executor raised {e!r} at {loop.time()}")
    futs = [loop.run_in_executor(None, compute, i, i) for i in range(3)]
    print(await asyncio.gather(*futs), "at", loop.time())


asyncio.run(main())
