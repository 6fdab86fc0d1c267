# Benchmark (e): 10,000 tasks contend on one Lock, then 10,000 tasks on a Semaphore(10);
# every holder yields once (sleep(0)) inside the critical section.
import asyncio

TASKS = 10000


async def with_lock(lock, state):
    async with lock:
        value = state["n"]
        await asyncio.sleep(0)
        state["n"] = value + 1


async def with_semaphore(sem, state):
    async with sem:
        state["inside"] += 1
        state["peak"] = max(state["peak"], state["inside"])
        await asyncio.sleep(0)
        state["inside"] -= 1
        state["done"] += 1


async def main():
    lock = asyncio.Lock()
    state = {"n": 0}
    await asyncio.gather(*(with_lock(lock, state) for _ in range(TASKS)))
    print(f"lock: counter {state['n']}")
    sem = asyncio.Semaphore(10)
    state = {"inside": 0, "peak": 0, "done": 0}
    await asyncio.gather(*(with_semaphore(sem, state) for _ in range(TASKS)))
    print(f"semaphore: done {state['done']}, peak concurrency {state['peak']}")
    print(f"clock: {asyncio.get_running_loop().time()}")


asyncio.run(main())
