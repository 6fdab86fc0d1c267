import asyncio


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives (n_waiting={barrier.n_waiting})")
    idx = await barrier.wait()
    print(f"{name} passes with index {idx}")


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    await asyncio.gather(party(barrier, "a", 1), party(barrier, "b", 2), party(barrier, "c", 3))
    print("second round reuses the barrier")
    await asyncio.gather(party(barrier, "d", 0), party(barrier, "e", 0.5), party(barrier, "f", 0.25))


async def solo():
    async with asyncio.Barrier(1) as idx:
        print("a barrier of 1 passes at once, index", idx)


asyncio.run(solo())
asyncio.run(main())
