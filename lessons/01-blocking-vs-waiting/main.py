import asyncio
import time


def blocking_call(name):
    print(f"{name}: start (blocking)")
    time.sleep(2)  # stops everything for 2 s
    print(f"{name}: done")


async def waiting_call(name):
    print(f"{name}: start (waiting)")
    await asyncio.sleep(2)  # hands the loop back for 2 s
    print(f"{name}: done")


async def main():
    loop = asyncio.get_running_loop()

    start = loop.time()
    blocking_call("A")
    blocking_call("B")
    print(f"two blocking calls took {loop.time() - start:.1f} s")

    start = loop.time()
    await asyncio.gather(waiting_call("C"), waiting_call("D"))
    print(f"two waits took {loop.time() - start:.1f} s")


asyncio.run(main())
