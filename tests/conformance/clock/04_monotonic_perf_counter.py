import asyncio
import time


async def main():
    t0 = time.perf_counter()
    m0 = time.monotonic()
    await asyncio.sleep(1.25)
    print(f"perf_counter elapsed {time.perf_counter() - t0:.3f}")
    print(f"monotonic elapsed {time.monotonic() - m0:.3f}")
    print("perf_counter == monotonic == loop.time():",
          time.perf_counter() == time.monotonic() == asyncio.get_running_loop().time())


print("before run:", time.monotonic())
asyncio.run(main())
