import asyncio

running = set()  # the requests inside the semaphore right now
peak = 0  # the most that were ever inside at once


async def request(n, slots):
    global peak
    async with slots:  # waits here while all 5 slots are taken
        running.add(n)
        peak = max(peak, len(running))
        await asyncio.sleep(1)  # the request itself
        running.remove(n)


async def monitor():
    await asyncio.sleep(0.5)
    while True:
        print(f"running: {sorted(running)}")
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    slots = asyncio.Semaphore(5)
    watcher = asyncio.create_task(monitor(), name="monitor")
    requests = [
        asyncio.create_task(request(n, slots), name=f"request-{n}") for n in range(1, 21)
    ]
    await asyncio.gather(*requests)
    watcher.cancel()
    print(f"20 requests, 5 at a time: {loop.time():.1f} s, peak {peak} at once")


asyncio.run(main())
