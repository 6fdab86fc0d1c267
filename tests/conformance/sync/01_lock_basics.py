import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    print("acquire returned", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    print("locked after release:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    async with lock:
        print("inside async with:", lock.locked())
    print("after async with:", lock.locked())


asyncio.run(main())
