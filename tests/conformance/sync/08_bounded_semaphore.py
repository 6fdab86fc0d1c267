import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    await sem.acquire()
    print("locked after two acquires:", sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print(f"ValueError: {e}")
    async with sem:
        print("still usable")


asyncio.run(main())
