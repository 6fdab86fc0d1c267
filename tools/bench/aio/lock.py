# Lock contention: 100 tasks take one asyncio.Lock in turn and yield while holding it;
# then a Semaphore(3) shared the same way.
import asyncio

N = 300  # acquisitions per task


async def locked(lock, box):
    for _ in range(N):
        async with lock:
            v = box[0]
            await asyncio.sleep(0)
            box[0] = v + 1


async def limited(sem, box):
    for _ in range(N // 3):
        async with sem:
            box[1] += 1
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    box = [0, 0]
    await asyncio.gather(*(locked(lock, box) for _ in range(100)))
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(limited(sem, box) for _ in range(100)))
    print("lock", box)


asyncio.run(main())
