import asyncio

log = []


async def critical(lock, name):
    async with lock:
        log.append(f"{name}+")
        await asyncio.sleep(0)
        log.append(f"{name}-")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(critical(lock, n) for n in "abcd"))
    print(" ".join(log))


asyncio.run(main())
