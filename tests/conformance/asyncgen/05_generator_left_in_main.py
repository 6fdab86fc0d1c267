# The tutorial's `async for ... break` in main: the generator stays suspended in main's local
# variable, and main returns. CPython drops it then, its finalizer hook schedules a task for
# aclose(), and asyncio.run's end cancels that task before its first step: the CancelledError
# is thrown into the generator, whose finally still runs (here with an await in it).
import asyncio


async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.1)
    finally:
        print("numbers: finally")


async def lines():
    try:
        for i in range(10):
            await asyncio.sleep(0.05)
            yield f"line {i}"
    except BaseException as e:
        print("lines: got", type(e).__name__)
        raise
    finally:
        print("lines: cleanup starts")
        await asyncio.sleep(0.2)
        print("lines: cleanup done")


async def main():
    g = numbers()
    async for n in g:
        print(n)
        if n == 2:
            break
    src = lines()
    async for line in src:
        print(line)
        if line.endswith("1"):
            break
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
