import asyncio


async def fetch(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return f"{name} data"


async def main():
    loop = asyncio.get_running_loop()

    # create_task schedules the coroutine; it runs at the loop's next turn.
    task = asyncio.create_task(fetch("background", 1), name="background")
    print("task created")
    await asyncio.sleep(0)  # give the loop one turn
    print("main resumed")

    # gather runs all three at once and returns results in argument order.
    results = await asyncio.gather(
        fetch("slow", 3),
        fetch("fast", 1),
        fetch("medium", 2),
    )
    print(results)
    print(f"gather finished at t={loop.time():.1f}")
    print(await task)


asyncio.run(main())
