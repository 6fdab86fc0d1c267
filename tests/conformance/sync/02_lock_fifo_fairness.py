import asyncio


async def use(lock, name, hold):
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(hold)
    print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, "a", 1), use(lock, "b", 0.5), use(lock, "c", 0.25))
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
