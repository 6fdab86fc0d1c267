import asyncio

attempts = {}  # url -> how many times it was tried


class Unavailable(Exception):
    pass


async def fetch(url):
    # A simulated server: "c" fails twice, then answers.
    attempts[url] = attempts.get(url, 0) + 1
    await asyncio.sleep(0.5)
    if url == "c" and attempts[url] <= 2:
        raise Unavailable(f"{url}: 503")
    return f"{url}: 200"


async def fetch_with_retry(url, tries=4, first_delay=0.25):
    for attempt in range(1, tries + 1):
        try:
            return await fetch(url)
        except Unavailable:
            if attempt == tries:
                raise
            delay = first_delay * 2 ** (attempt - 1)  # 0.25, 0.5, 1.0: exponential back-off
            print(f"{url}: attempt {attempt} failed, retrying in {delay} s")
            await asyncio.sleep(delay)


async def worker(name, queue, results):
    while True:
        url = await queue.get()
        if url is None:  # the sentinel: no more work, shut down cleanly
            print(f"{name}: shutting down")
            return
        print(f"{name}: fetching {url}")
        results.append(await fetch_with_retry(url))


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue(maxsize=2)  # back-pressure: the producer waits when it is full
    results = []
    workers = [
        asyncio.create_task(worker(f"worker-{n}", queue, results), name=f"worker-{n}")
        for n in (1, 2, 3)  # bounded concurrency: three fetches at most
    ]
    for url in ["a", "b", "c", "d", "e", "f"]:
        await queue.put(url)
        print(f"main: queued {url}")
    for _ in workers:
        await queue.put(None)  # one sentinel per worker
    await asyncio.gather(*workers)  # graceful shutdown: every worker finishes its work
    print(f"results: {results}")
    print(f"finished at t={loop.time():.2f}")


asyncio.run(main())
