# The tutorial's aiofiles read, unchanged, over files a lesson seeded; writing, appending,
# reading back line by line, and a heartbeat that keeps running while the files are read.
import asyncio

import aiofiles
import loopscope_world as world

world.file("data/notes.txt", "first line\nsecond line\nthird line\n")


async def read_file(path):
    async with aiofiles.open(path, mode="r") as f:
        contents = await f.read()
    return contents


async def heartbeat():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)


async def main():
    contents, _ = await asyncio.gather(read_file("data/notes.txt"), heartbeat())
    print(repr(contents))
    async with aiofiles.open("out.txt", "w") as f:
        n = await f.write("alpha\n")
        await f.writelines(["beta\n", "gamma\n"])
        print("wrote", n, f.name, f.mode)
    async with aiofiles.open("out.txt", "a") as f:
        await f.write("delta\n")
    async with aiofiles.open("out.txt") as f:
        async for line in f:
            print("line:", line.rstrip())
    f = await aiofiles.open("out.txt")
    print(repr(await f.readline()), repr(await f.read(3)), await f.tell())
    await f.seek(0)
    print(await f.readlines())
    await f.close()
    print(f.closed)
    print(f"clock {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
