import asyncio


async def runner(name, seconds, start, checkpoint):
    print(f"{name}: at the start line")
    await start.wait()  # Event: wait for the signal
    print(f"{name}: running")
    await asyncio.sleep(seconds)
    print(f"{name}: at the checkpoint")
    await checkpoint.wait()  # Barrier: wait until all 3 are here
    print(f"{name}: leaves the checkpoint")


async def baker(shelf, changed):
    for _ in range(4):
        await asyncio.sleep(0.5)
        async with changed:
            shelf.append("loaf")
            print(f"baker: puts out a loaf ({len(shelf)} on the shelf)")
            changed.notify_all()  # wake whoever waits for a change


async def customer(shelf, changed):
    async with changed:
        # Condition: sleep until the state we need holds (checked after every notify)
        await changed.wait_for(lambda: len(shelf) >= 3)
        del shelf[:3]
        print(f"customer: takes 3 loaves, {len(shelf)} left")


async def main():
    start = asyncio.Event()
    checkpoint = asyncio.Barrier(3)
    runners = [
        asyncio.create_task(runner(name, s, start, checkpoint), name=name)
        for name, s in [("ann", 1), ("bo", 3), ("cy", 2)]
    ]
    await asyncio.sleep(1)
    print("main: ready, steady... go!")
    start.set()
    await asyncio.gather(*runners)

    shelf = []
    changed = asyncio.Condition()
    await asyncio.gather(customer(shelf, changed), baker(shelf, changed))


asyncio.run(main())
