# 1.3 million tasks (each one frame, one coroutine, one task): more than the budget holds,
# natively and in wasm - MemoryError, not a killed page. (A smaller budget than the others:
# asyncio.run then cancels every task made so far, which takes a while in wasm.)
# budget: 64M
import asyncio


async def wait():
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(wait()) for _ in range(1_300_000)]
    await asyncio.gather(*tasks)


print("start")
asyncio.run(main())
