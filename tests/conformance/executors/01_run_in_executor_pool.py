# loop.run_in_executor with a ThreadPoolExecutor used as a context manager: blocking calls
# in threads while the loop keeps running.
import asyncio
import concurrent.futures
import time


def blocking_io(name, seconds):
    print(f"{name}: reading")
    time.sleep(seconds)
    return f"{name}: {seconds}s of reading"


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        results = await asyncio.gather(
            ticker(),
            loop.run_in_executor(pool, blocking_io, "a", 1.2),
            loop.run_in_executor(pool, blocking_io, "b", 0.7),
        )
        print(results[1:])
        print(await loop.run_in_executor(pool, sum, [1, 2, 3]))
    print("pool closed at", loop.time())


asyncio.run(main())
