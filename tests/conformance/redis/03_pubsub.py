# Publish / subscribe: a subscriber reading with listen(), another polling get_message with a
# timeout, a publisher.
import asyncio

import redis.asyncio as redis


async def listener(r, ready):
    ps = r.pubsub()
    await ps.subscribe("news")
    ready.set()
    async for msg in ps.listen():
        print("listen:", msg)
        if msg["type"] == "message" and msg["data"] == "bye":
            break
    await ps.aclose()


async def poller(r, ready):
    async with r.pubsub(ignore_subscribe_messages=True) as ps:
        await ps.subscribe("news", "sport")
        ready.set()
        for _ in range(4):
            msg = await ps.get_message(timeout=0.5)
            print("poll:", msg)


async def main():
    r = redis.Redis(decode_responses=True)
    ready1, ready2 = asyncio.Event(), asyncio.Event()
    tasks = [asyncio.create_task(listener(r, ready1)), asyncio.create_task(poller(r, ready2))]
    await ready1.wait()
    await ready2.wait()
    print("receivers:", await r.publish("news", "hello"))
    await asyncio.sleep(0.1)
    print("receivers:", await r.publish("sport", "goal"))
    print("receivers:", await r.publish("news", "bye"))
    print("receivers:", await r.publish("empty", "nobody"))
    await asyncio.gather(*tasks)
    print(f"clock {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
