import asyncio


async def user(sem, name, hold):
    try:
        async with sem:
            print(f"{name} acquired")
            await asyncio.sleep(hold)
        print(f"{name} released")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(user(sem, n, 2)) for n in ("a", "b", "c")]
    await asyncio.sleep(1)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("semaphore free again:", not sem.locked())


asyncio.run(main())
