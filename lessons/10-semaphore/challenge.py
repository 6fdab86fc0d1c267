import asyncio

active = 0
peak = 0


async def download(n):
    global active, peak
    active += 1
    peak = max(peak, active)
    print(f"download {n}: start ({active} at once)")
    await asyncio.sleep(1)
    active -= 1


async def main():
    await asyncio.gather(*(download(n) for n in range(1, 10)))
    print(f"peak: {peak} at once")


asyncio.run(main())
