# contextvars through wait_for, gather, timeout, async generators, queues, call_later, shield, wait,
# a variable set before asyncio.run and asyncio.run inside Context.run
import asyncio, contextvars
v = contextvars.ContextVar("v", default="d")
v.set("outer")
async def child(n):
    print("child", n, v.get())
    v.set(f"child{n}")
    await asyncio.sleep(0.01)
    return v.get()
async def main():
    print("main sees", v.get())
    v.set("main")
    print(await asyncio.wait_for(child(1), 1))
    print(await asyncio.gather(child(2), child(3)))
    async with asyncio.timeout(1):
        print(await child(4))
    print("main", v.get())
    ctx = contextvars.copy_context()
    print(ctx.run(lambda: v.get()))
    async def gen():
        for i in range(2):
            yield v.get()
    print([x async for x in gen()])
    q = asyncio.Queue()
    async def producer():
        v.set("producer")
        await q.put(v.get())
    await asyncio.create_task(producer())
    print(await q.get(), v.get())
    fut = asyncio.get_running_loop().create_future()
    def setter():
        print("setter sees", v.get())
        fut.set_result(v.get())
    v.set("before call_later")
    asyncio.get_running_loop().call_later(0.1, setter)
    v.set("after call_later")
    print(await fut)
    print(await asyncio.shield(child(5)))
    done, _ = await asyncio.wait([asyncio.create_task(child(6))])
    print([t.result() for t in done])
asyncio.run(main())
print("end", v.get())
try:
    ctx = contextvars.copy_context()
    ctx.run(asyncio.run, main())
except RuntimeError as e:
    print(e)
