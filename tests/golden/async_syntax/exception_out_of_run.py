# An exception escaping the main coroutine propagates out of asyncio.run.
import asyncio

async def step(n):
    await asyncio.sleep(0)
    if n == 3:
        raise RuntimeError(f"step {n} failed")
    print("step", n, "ok")

async def main():
    for n in range(1, 5):
        await step(n)

try:
    asyncio.run(main())
except RuntimeError as e:
    print("caught outside the loop:", e)
print("program continues")
