import asyncio
import sys


async def ticker(name, period):
    try:
        i = 0
        while True:
            yield f"{name}{i}"
            i += 1
            await asyncio.sleep(period)
    finally:
        print(f"{name}: cleanup starts")
        await asyncio.sleep(0.2)
        print(f"{name}: cleanup done")


async def plain(n):
    for i in range(n):
        yield i


async def main():
    hooks = sys.get_asyncgen_hooks()
    print("hooks set by the running loop:", hooks.firstiter is not None, hooks.finalizer is not None)
    async for v in ticker("a", 0.1):
        print("got", v)
        if v == "a2":
            break
    print("after the loop: the dropped generator is closed by a task")
    g = ticker("b", 0.5)
    print(await g.__anext__())
    del g
    print("b dropped")
    agen = plain(3)
    print(await agen.__anext__())
    agen = None
    print(len(asyncio.all_tasks()), "tasks right after the drops")
    await asyncio.sleep(1)
    print("main end")


asyncio.run(main())
print("after run:", sys.get_asyncgen_hooks())
