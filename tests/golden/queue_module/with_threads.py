import asyncio
import queue
import time

results = queue.Queue()


def worker(n):
    time.sleep(0.1 * n)
    results.put(f"job {n} done")
    return n * 10


async def main():
    values = await asyncio.gather(*(asyncio.to_thread(worker, n) for n in range(3)))
    print(values, results.qsize())
    while not results.empty():
        print(results.get())
        results.task_done()
    results.join()
    print("all done")


asyncio.run(main())
