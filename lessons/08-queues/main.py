import asyncio


async def producer(queue, count):
    for i in range(1, count + 1):
        print(f"producer: putting job {i} ({queue.qsize()} waiting)")
        await queue.put(f"job {i}")  # waits while the queue is full
    print("producer: every job is queued")


async def worker(name, queue):
    while True:
        job = await queue.get()  # waits while the queue is empty
        print(f"{name}: working on {job}")
        await asyncio.sleep(1)
        print(f"{name}: finished {job}")
        queue.task_done()  # one fewer unfinished job


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [
        asyncio.create_task(worker(f"worker-{n}", queue), name=f"worker-{n}") for n in (1, 2)
    ]
    await producer(queue, 5)
    await queue.join()  # returns when every job put has been marked task_done
    print("main: all jobs done, stopping the workers")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    # A PriorityQueue hands out the smallest item first.
    urgent_first = asyncio.PriorityQueue()
    for item in [(3, "tidy up"), (1, "fix the outage"), (2, "answer mail")]:
        urgent_first.put_nowait(item)
    while not urgent_first.empty():
        priority, job = await urgent_first.get()
        print(f"priority {priority}: {job}")


asyncio.run(main())
