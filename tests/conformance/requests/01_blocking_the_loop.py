# The classic mistake: requests.get inside a coroutine blocks the whole event loop; the
# heartbeat stops while it waits. In a thread (to_thread) it does not.
import asyncio
import time

import requests


async def heartbeat():
    for i in range(6):
        print(f"tick {i}")
        await asyncio.sleep(0.25)


async def blocking_fetch():
    await asyncio.sleep(0.1)
    print("requests.get starts")
    r = requests.get("https://api.example.com/slow", timeout=10)
    print("requests.get done", r.status_code)


async def threaded_fetch():
    r = await asyncio.to_thread(requests.get, "https://api.example.com/slow")
    print("to_thread done", r.status_code, r.json()["path"])


async def main():
    import loopscope_world as world
    world.host("api.example.com", latency=1.0)
    start = time.perf_counter()
    await asyncio.gather(heartbeat(), blocking_fetch())
    print(f"blocking: {time.perf_counter() - start:.2f}s")
    start = time.perf_counter()
    await asyncio.gather(heartbeat(), threaded_fetch())
    print(f"threaded: {time.perf_counter() - start:.2f}s")


asyncio.run(main())
