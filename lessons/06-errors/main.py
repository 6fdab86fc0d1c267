import asyncio


class FetchError(Exception):
    pass


async def fetch(name, seconds, fail=False):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    if fail:
        raise FetchError(f"{name} failed")
    print(f"{name}: ok")
    return name


async def main():
    # 1. By default gather raises the first error; the other tasks keep running.
    try:
        results = await asyncio.gather(fetch("a", 1), fetch("b", 2, fail=True), fetch("c", 3))
        print("results:", results)
    except FetchError as error:
        print(f"gather raised: {error}")
    await asyncio.sleep(2)  # c is still running: watch it finish

    # 2. return_exceptions=True: results and errors together, in argument order.
    results = await asyncio.gather(
        fetch("d", 1), fetch("e", 2, fail=True), fetch("f", 3), return_exceptions=True
    )
    print("results:", results)
    for r in results:
        if isinstance(r, Exception):
            print(f"  error: {r}")
        else:
            print(f"  value: {r}")

    # 3. A task that fails while nobody awaits it: its error is only logged.
    asyncio.create_task(fetch("g", 0.5, fail=True), name="forgotten")
    await asyncio.sleep(1)
    print("main: done, and nobody looked at the forgotten task's error")


asyncio.run(main())
