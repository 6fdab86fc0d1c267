# markers in a coroutine's traceback printed by traceback.print_exc: awaited calls, failing
# expressions in coroutines and tasks, gather
import asyncio
import sys
import traceback


async def fetch(d, key):
    await asyncio.sleep(0.1)
    return d[key] * 2


async def divide(n):
    await asyncio.sleep(0)
    return 1 / (n - n)


async def main():
    print(await fetch({"a": 1}, "a"))
    try:
        total = await fetch({"a": 1}, "b") + 1
        print(total)
    except KeyError:
        traceback.print_exc()
    task = asyncio.create_task(divide(2))
    try:
        await task
    except ZeroDivisionError:
        traceback.print_exc()
    try:
        await asyncio.gather(fetch({}, "x"), divide(1))
    except Exception:
        traceback.print_exc()


asyncio.run(main())
sys.exit(1)
