# Benchmark (b): gather of 10,000 coroutines that each sleep a different time
# (10,000 pending timers in the heap at once).
import asyncio

COUNT = 10000


async def sleeper(i):
    delay = (i * 7919 % COUNT) / 1000  # a permutation of 0.000 .. 9.999 s
    await asyncio.sleep(delay)
    return i


async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(COUNT)))
    print(f"results: {len(results)} sum {sum(results)}")
    print(f"clock: {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
