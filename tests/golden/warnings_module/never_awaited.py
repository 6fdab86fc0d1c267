# "coroutine ... was never awaited": CPython prints the line that made the coroutine under the
# warning, and the tracemalloc hint (the coroutine is the warning's source).
import asyncio
import sys


async def work():
    return 1


def forgets():
    work()
    print("after the forgotten call")


forgets()


async def main():
    work()  # dropped at once, inside a task
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("end")
sys.exit(1)
