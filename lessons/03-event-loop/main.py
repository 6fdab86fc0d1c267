import asyncio


async def cook(dish, steps):
    for step, seconds in steps:
        print(f"{dish}: {step}")
        await asyncio.sleep(seconds)  # the task gives the loop back here
    print(f"{dish}: served")


async def main():
    loop = asyncio.get_running_loop()
    print(f"main: the loop is running, clock at {loop.time():.1f}")

    # A plain callback on a timer: the loop calls it when its time comes.
    loop.call_later(1.5, print, "timer: 1.5 s are up")

    await asyncio.gather(
        cook("soup", [("chop", 1), ("simmer", 2)]),
        cook("toast", [("slice", 0), ("toast", 1)]),
        cook("tea", [("boil", 2)]),
    )
    print(f"main: everything served at {loop.time():.1f}")


asyncio.run(main())

# asyncio.run has closed its loop: there is no running loop out here.
try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("after asyncio.run:", error)
