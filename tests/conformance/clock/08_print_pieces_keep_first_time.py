import asyncio
import sys


async def main():
    print("started", end="")
    await asyncio.sleep(1)
    print(" ...still the same line", end="")
    await asyncio.sleep(1)
    print(" ...finished")
    sys.stdout.write("written directly\nsecond line")
    await asyncio.sleep(0.5)
    sys.stdout.write(" continues\n")
    print("multi\nline", "print", sep="|")
    print()
    print("after an empty line")


asyncio.run(main())
