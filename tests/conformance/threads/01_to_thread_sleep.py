import asyncio
import time


def download(name, seconds):
    time.sleep(seconds)
    return f"{name} ({seconds}s)"


async def heartbeat():
    for i in range(4):
        print(f"heartbeat {i}")
        await asyncio.sleep(1)


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(download, "a", 2),
        asyncio.to_thread(download, "b", 3),
        heartbeat(),
    )
    print(results[:2])
    print(f"elapsed {time.perf_counter() - start:.1f}s: the threads overlapped")


asyncio.run(main())
