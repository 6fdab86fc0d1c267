import asyncio


async def party(barrier, name):
    try:
        await barrier.wait()
        print(f"{name} passed")
    except asyncio.BrokenBarrierError:
        print(f"{name}: BrokenBarrierError")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    await barrier.abort()
    print("aborted; broken:", barrier.broken)
    await asyncio.gather(*tasks)
    await party(barrier, "late")
    await barrier.reset()
    print("after reset; broken:", barrier.broken)
    await asyncio.gather(*(party(barrier, n) for n in ("x", "y", "z")))
    print("BrokenBarrierError is a RuntimeError:", issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
