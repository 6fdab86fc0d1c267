# loop.run_in_executor with a ThreadPoolExecutor: calls wait for a free worker (4 calls of
# 1 s on 2 workers take 2 s; on the default executor, 1 s), the pool's initializer runs in
# each new worker, an exception comes back through the awaited future, and a pool that was
# shut down refuses new calls.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(1)
    if n == 3:
        raise ValueError(f"job {n} failed")
    return n * n


def hello(tag):
    print("worker starts:", tag)


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, initializer=hello, initargs=("pool",)) as pool:
        t0 = loop.time()
        results = await asyncio.gather(*[loop.run_in_executor(pool, work, i) for i in range(4)],
                                       return_exceptions=True)
        print(results)
        print(round(loop.time() - t0), "s on 2 workers")
    t0 = loop.time()
    print(await asyncio.gather(*[loop.run_in_executor(None, work, i) for i in range(3)]))
    print(round(loop.time() - t0), "s on the default executor")
    try:
        loop.run_in_executor(pool, work, 0)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
