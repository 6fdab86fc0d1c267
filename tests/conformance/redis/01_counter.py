# The tutorial's Redis counter, unchanged: many tasks INCR one key; then get/set, expiry, TTL.
import asyncio

import redis.asyncio as redis


async def visit(r, page):
    n = await r.incr(f"visits:{page}")
    return n


async def main():
    r = redis.Redis(host="localhost", port=6379, decode_responses=True)
    counts = await asyncio.gather(*(visit(r, "home") for _ in range(10)))
    print(counts)
    print(await r.get("visits:home"))
    await r.set("greeting", "hello", ex=2)
    print(await r.get("greeting"), await r.ttl("greeting"), await r.ttl("visits:home"),
          await r.ttl("nothing"))
    await asyncio.sleep(2)
    print(await r.get("greeting"), await r.exists("greeting", "visits:home"))
    print(await r.set("lock", "me", nx=True), await r.set("lock", "you", nx=True),
          await r.get("lock"))
    print(await r.incrby("score", 5), await r.decr("score"), await r.decrby("score", 2))
    await r.mset({"a": 1, "b": 2.5})
    print(await r.mget(["a", "b", "missing"]), await r.keys("*"), await r.dbsize())
    print(await r.delete("a", "b", "zzz"), await r.type("score"), await r.type("nope"))
    try:
        await r.incr("greeting2") and await r.set("text", "abc") and await r.incr("text")
    except redis.ResponseError as e:
        print("ResponseError:", e)
    try:
        await r.set("x", None)
    except redis.DataError as e:
        print("DataError:", e)
    print(await r.ping())
    await r.aclose()
    print(f"clock {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
