import asyncio


async def job(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 3), ("b", 1), ("c", 2)]]
    for i, next_done in enumerate(asyncio.as_completed(tasks)):
        result = await next_done
        print(f"#{i}: {result}")
    print("with coroutines:")
    for next_done in asyncio.as_completed([job("x", 0.2), job("y", 0.1)]):
        print(await next_done)


asyncio.run(main())
