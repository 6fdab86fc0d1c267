import asyncio


async def fail(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"failure {n}")


async def main():
    for n in range(3):
        asyncio.create_task(fail(n))
    await asyncio.sleep(1)
    print("three tasks failed; nobody retrieved their exceptions")


asyncio.run(main())
