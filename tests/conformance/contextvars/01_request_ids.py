# A request id in a ContextVar: each task sees its own, set inside it or inherited at creation.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def db_query(q):
    await asyncio.sleep(0.05)
    log(f"query {q}")


async def handle(n, delay):
    request_id.set(f"req{n}")
    log("received")
    await asyncio.sleep(delay)
    await asyncio.gather(db_query("a"), db_query("b"))
    log("done")


async def main():
    log("server up")
    await asyncio.gather(handle(1, 0.2), handle(2, 0.1), handle(3, 0.15))
    log("all served")
    request_id.set("parent")
    child = asyncio.create_task(handle(4, 0))
    request_id.set("parent changed")
    await child
    log("parent sees its own")


asyncio.run(main())
