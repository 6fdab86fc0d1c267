# Lists as a job queue (rpush / blpop with a timeout), hashes and sets; aioredis's old name;
# a key of the wrong type.
import asyncio

import aioredis
import loopscope_world as world

world.database(latency=0.005, data={"jobs": ["j1", "j2"]})


async def worker(r, name):
    while True:
        item = await r.blpop("jobs", timeout=0.1)
        if item is None:
            print(name, "idle, stopping")
            return
        key, job = item
        print(name, "got", job, "from", key)
        await asyncio.sleep(0.02)


async def main():
    r = aioredis.from_url("redis://localhost:6379/0", decode_responses=True)
    print(r.host, r.port, r.db)
    async with r:
        await r.rpush("jobs", "j3", "j4")
        await r.lpush("jobs", "j0")
        print(await r.lrange("jobs", 0, -1), await r.llen("jobs"), await r.lindex("jobs", -1))
        await asyncio.gather(worker(r, "w1"), worker(r, "w2"))
        print(await r.hset("user:1", mapping={"name": "Ada", "visits": 1}),
              await r.hset("user:1", "lang", "py"))
        print(await r.hgetall("user:1"), await r.hget("user:1", "name"),
              await r.hincrby("user:1", "visits", 4), await r.hlen("user:1"))
        print(await r.hdel("user:1", "lang"), await r.hkeys("user:1"), await r.hexists("user:1", "lang"))
        print(await r.sadd("tags", "a", "b", "a"), sorted(await r.smembers("tags")),
              await r.sismember("tags", "b"), await r.scard("tags"))
        try:
            await r.lpush("user:1", "x")
        except aioredis.ResponseError as e:
            print("ResponseError:", e)
        print(await r.rpop("nothing"), await r.lpop("tags2"))
    print(f"clock {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
