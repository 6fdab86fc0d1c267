# Without decode_responses the replies are bytes, as redis-py returns them; bytes values are
# accepted too.
import asyncio
import redis.asyncio as redis


async def main():
    r = redis.Redis()
    await r.set("greeting", "héllo")
    await r.set("raw", b"bytes in")
    print(await r.get("greeting"), await r.get("raw"), await r.get("missing"))
    print((await r.get("greeting")).decode())
    await r.incr("hits")
    print(await r.get("hits"), int(await r.get("hits")) + 1)
    await r.rpush("jobs", "a", b"b", 3)
    print(await r.lrange("jobs", 0, -1), await r.lpop("jobs"))
    await r.hset("user:1", mapping={"name": "Ada", "age": 36})
    print(await r.hgetall("user:1"), await r.hget("user:1", "name"))
    await r.sadd("tags", "x")
    print(await r.smembers("tags"), await r.keys("*"), await r.type("jobs"))
    print(await r.echo("hi"), await r.mget("greeting", "nope"))
    d = redis.Redis(decode_responses=True)
    print(await d.get("greeting"), await d.lrange("jobs", 0, -1))
    await r.aclose()
    await d.aclose()


asyncio.run(main())
