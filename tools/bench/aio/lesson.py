# A lesson-like program: simulated downloads with short sleeps, a worker pool fed by a queue,
# a timeout that fires, a cancelled task, a TaskGroup. Prints only order-free results (CPython
# runs on the real clock, Loopscope on its virtual one).
import asyncio

N = 150  # rounds


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return len(url) * 10


async def worker(name, q, results):
    while True:
        url = await q.get()
        try:
            results[url] = await fetch(url, 0.0001)
        finally:
            q.task_done()


async def slow():
    await asyncio.sleep(10)
    return "never"


async def one_round(r):
    urls = [f"https://example.com/page/{r}/{i}" for i in range(40)]
    sizes = await asyncio.gather(*(fetch(u, 0.0001 * (i % 3)) for i, u in enumerate(urls)))
    q = asyncio.Queue()
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(5)]
    for u in urls:
        q.put_nowait(u)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    timed_out = 0
    try:
        await asyncio.wait_for(slow(), timeout=0.0002)
    except asyncio.TimeoutError:
        timed_out = 1
    async with asyncio.TaskGroup() as tg:
        parts = [tg.create_task(fetch(u, 0)) for u in urls[:10]]
    return sum(sizes) + sum(results.values()) + sum(p.result() for p in parts), timed_out


async def main():
    total = 0
    timeouts = 0
    for r in range(N):
        size, t = await one_round(r)
        total += size
        timeouts += t
    print("lesson", total, timeouts)


asyncio.run(main())
