import asyncio


async def job(sem, name):
    async with sem:
        print(f"{name} enters, locked()={sem.locked()}")
        await asyncio.sleep(1)
    print(f"{name} leaves")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    await asyncio.gather(*(job(sem, f"j{i}") for i in range(5)))
    print("acquire returns", await sem.acquire())
    sem.release()
    sem.release()
    print("an unbounded Semaphore may be released above its start value")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(f"ValueError: {e}")


asyncio.run(main())
