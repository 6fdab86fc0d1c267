# each task runs in a copy of the context it was created in; sets inside never leak out
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
trail = contextvars.ContextVar("trail", default=())


def log(msg):
    print(f"[{request_id.get()}] {msg} trail={trail.get()}")


async def step(name):
    trail.set(trail.get() + (name,))
    await asyncio.sleep(0.01)
    log(f"step {name}")


async def handle(rid):
    request_id.set(rid)
    log("start")
    await step("a")
    await asyncio.gather(step("b"), step("c"))
    log("end")
    return rid


async def main():
    log("main")
    request_id.set("main")
    results = await asyncio.gather(*(handle(f"req-{i}") for i in range(3)))
    print(results)
    log("after gather")
    t = asyncio.create_task(handle("task"))
    request_id.set("changed after create_task")
    await t
    log("after task")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    t2 = asyncio.create_task(handle("explicit"), context=ctx)
    await t2
    print(ctx[request_id], ctx[trail])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("tg1"))
        tg.create_task(step("tg2"), context=ctx)
    log("after group")
    print(ctx[trail])


asyncio.run(main())
log("outside")
