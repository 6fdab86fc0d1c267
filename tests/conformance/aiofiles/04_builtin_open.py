# The built-in open() over the same in-memory files: blocking, as in CPython - a read inside
# a coroutine stops the loop for the disk's time.
import asyncio
import time

import loopscope_world as world

world.file("config.ini", "[app]\nname=demo\n")
world.disk(latency=0.1)

with open("config.ini") as f:
    print(f.read().splitlines())
with open("log.txt", "w") as f:
    f.write("one\n")
    f.writelines(["two\n", "three\n"])
with open("log.txt", "a") as f:
    print(f.write("four\n"))
for line in open("log.txt"):
    print(line.strip())
print(open("log.txt").readlines())
try:
    open("nope.txt")
except FileNotFoundError as e:
    print(e)
print(f"{time.monotonic():.3f}")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.05)


async def reader():
    await asyncio.sleep(0.01)
    with open("config.ini") as f:
        text = f.read()
    print("read", len(text))


async def main():
    await asyncio.gather(ticker(), reader())


asyncio.run(main())
