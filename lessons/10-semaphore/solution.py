import asyncio

active = 0
peak = 0


async def download(n, slots):
    global active, peak
    async with slots:
        active += 1
        peak = max(peak, active)
        print(f"download {n}: start ({active} at once)")
        await asyncio.sleep(1)
        active -= 1


async def main():
    slots = asyncio.Semaphore(3)
    await asyncio.gather(*(download(n, slots) for n in range(1, 10)))
    print(f"peak: {peak} at once")


asyncio.run(main())
