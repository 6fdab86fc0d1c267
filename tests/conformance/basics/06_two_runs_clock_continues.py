import asyncio
import time


async def phase(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{name} starts at loop.time()={loop.time():.2f}")
    await asyncio.sleep(delay)
    print(f"{name} ends at loop.time()={loop.time():.2f}")


start = time.monotonic()
asyncio.run(phase("first run", 1.5))
print(f"between runs: {time.monotonic() - start:.2f}s elapsed")
time.sleep(0.5)
asyncio.run(phase("second run", 2))
print(f"total: {time.monotonic() - start:.2f}s")
