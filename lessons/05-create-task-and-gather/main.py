import asyncio


async def fetch(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return f"{name} data"


async def main():
    loop = asyncio.get_running_loop()

    # One after another: each await waits for the previous fetch to end.
    start = loop.time()
    await fetch("one", 1)
    await fetch("two", 1)
    await fetch("three", 1)
    print(f"three awaits in a row: {loop.time() - start:.0f} s")

    # gather runs them all at once and returns the results in argument order.
    start = loop.time()
    results = await asyncio.gather(
        fetch("slow", 3),
        fetch("fast", 1),
        fetch("medium", 2),
    )
    print(results)
    print(f"gather: {loop.time() - start:.0f} s")

    # A task you created yourself: gather(task) gives a list, await task the value.
    task = asyncio.create_task(fetch("solo", 1), name="solo")
    print("gather(task) gave", await asyncio.gather(task))
    print("await task gave", await task)


asyncio.run(main())
