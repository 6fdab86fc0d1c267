import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} fails")
        raise ValueError(name)
    print(f"{name} ok")
    return name


async def main():
    tasks = [asyncio.create_task(job("a", 1), name="a"),
             asyncio.create_task(job("b", 2, fail=True), name="b"),
             asyncio.create_task(job("c", 3), name="c")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()))
    ok = [asyncio.create_task(job(n, 0.5), name=n) for n in ("d", "e")]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception: waits for all:", sorted(t.get_name() for t in done), len(pending))
    print("c still pending:", not tasks[2].done())


asyncio.run(main())
