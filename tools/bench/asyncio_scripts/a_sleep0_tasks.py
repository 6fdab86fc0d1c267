# Benchmark (a): 1,000 tasks, each doing 100 sleep(0) -> 100,000 task steps at clock 0.
import asyncio

TASKS = 1000
STEPS = 100


async def spinner(counter):
    for _ in range(STEPS):
        counter[0] += 1
        await asyncio.sleep(0)


async def main():
    counter = [0]
    await asyncio.gather(*(spinner(counter) for _ in range(TASKS)))
    print(f"steps: {counter[0]}")
    print(f"clock: {asyncio.get_running_loop().time()}")


asyncio.run(main())
