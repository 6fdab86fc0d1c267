# Event ping-pong: two tasks wake each other through a pair of asyncio.Events, and a crowd of
# waiters on one Event set and cleared over and over.
import asyncio

N = 20000  # round trips


async def pinger(ping, pong, box):
    for _ in range(N):
        ping.set()
        await pong.wait()
        pong.clear()
        box[0] += 1


async def ponger(ping, pong, box):
    for _ in range(N):
        await ping.wait()
        ping.clear()
        box[1] += 1
        pong.set()


async def waiter(ev, box):
    await ev.wait()
    box[2] += 1


async def main():
    ping, pong = asyncio.Event(), asyncio.Event()
    box = [0, 0, 0]
    await asyncio.gather(pinger(ping, pong, box), ponger(ping, pong, box))
    for _ in range(N // 100):
        ev = asyncio.Event()
        tasks = [asyncio.create_task(waiter(ev, box)) for _ in range(50)]
        await asyncio.sleep(0)
        ev.set()
        await asyncio.gather(*tasks)
    print("event", box)


asyncio.run(main())
