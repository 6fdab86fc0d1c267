import asyncio


async def party(barrier, name):
    try:
        idx = await barrier.wait()
        print(f"{name} passed with index {idx}")
    except asyncio.CancelledError:
        print(f"{name} cancelled at the barrier")
        raise
    except asyncio.BrokenBarrierError:
        print(f"{name}: barrier broken")


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, "a"))
    b = asyncio.create_task(party(barrier, "b"))
    await asyncio.sleep(1)
    print("waiting:", barrier.n_waiting)
    a.cancel()
    await asyncio.sleep(0)
    print("after cancel: waiting", barrier.n_waiting, "broken", barrier.broken)
    c = asyncio.create_task(party(barrier, "c"))
    d = asyncio.create_task(party(barrier, "d"))
    await asyncio.gather(a, b, c, d, return_exceptions=True)


asyncio.run(main())
