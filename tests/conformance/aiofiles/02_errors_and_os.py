# Missing files, modes, closed files, a folder, and aiofiles.os.
import asyncio

import aiofiles
import aiofiles.os
import loopscope_world as world

world.files({"logs/a.log": "A\n", "logs/b.log": "BB\n", "readme.txt": "hi"})


async def main():
    try:
        async with aiofiles.open("missing.txt") as f:
            print(await f.read())
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    try:
        async with aiofiles.open("readme.txt", "x") as f:
            pass
    except FileExistsError as e:
        print("FileExistsError:", e)
    try:
        await aiofiles.open("logs")
    except IsADirectoryError as e:
        print("IsADirectoryError:", e)
    try:
        await aiofiles.open("readme.txt", "rw")
    except ValueError as e:
        print("ValueError:", e)
    f = await aiofiles.open("readme.txt")
    await f.close()
    try:
        await f.read()
    except ValueError as e:
        print("ValueError:", e)
    print(await aiofiles.os.listdir("logs"), await aiofiles.os.listdir("."))
    print(await aiofiles.os.path.exists("logs/a.log"), await aiofiles.os.path.isdir("logs"),
          await aiofiles.os.path.isfile("logs"), await aiofiles.os.path.getsize("logs/b.log"))
    await aiofiles.os.remove("logs/a.log")
    print(await aiofiles.os.listdir("logs"), await aiofiles.os.path.exists("logs/a.log"))
    try:
        await aiofiles.os.remove("logs/a.log")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)


asyncio.run(main())
