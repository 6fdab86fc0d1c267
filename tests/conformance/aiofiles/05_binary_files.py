# Binary files: 'wb' / 'rb' / 'ab' with bytes, byte positions, a file that is not UTF-8 read as
# text, and the built-in open() in binary mode.
import asyncio
import aiofiles
import aiofiles.os
import loopscope_world as world

world.file("data/hello.txt", "héllo\nwörld\n")
world.file("data/raw.bin", b"\x00\x01\xff\xfe")


async def main():
    loop = asyncio.get_running_loop()
    async with aiofiles.open("data/hello.txt", "rb") as f:
        head = await f.read(3)
        print("rb read(3):", head, await f.tell())
        print("rest:", await f.readline(), await f.read())
    async with aiofiles.open("data/out.bin", "wb") as f:
        n = await f.write(b"\x89PNG\r\n\x1a\n")
        n += await f.write(bytearray(b"\x00\x00"))
        print("wrote", n, "bytes")
    async with aiofiles.open("data/out.bin", "ab") as f:
        await f.write(bytes(range(250, 256)))
    async with aiofiles.open("data/out.bin", "rb") as f:
        data = await f.read()
    print(data, len(data), data[:4] == b"\x89PNG")
    print("size:", await aiofiles.os.path.getsize("data/out.bin"),
          await aiofiles.os.path.getsize("data/hello.txt"))
    async with aiofiles.open("data/raw.bin", "rb") as f:
        print("raw:", list(await f.read()))
    try:
        async with aiofiles.open("data/raw.bin") as f:
            await f.read()
    except UnicodeDecodeError as e:
        print("text read:", type(e).__name__, e)
    async with aiofiles.open("data/hello.txt", "rb") as f:
        lines = [line async for line in f]
    print(lines, [line.decode() for line in lines])
    for mode, data in (("wb", "text"), ("w", b"bytes")):
        try:
            async with aiofiles.open("data/x", mode) as f:
                await f.write(data)
        except TypeError as e:
            print(mode, "->", e)
    with open("data/hello.txt", "rb") as f:
        print("open rb:", f.read(), f, round(loop.time(), 3))
    with open("data/copy.bin", "wb") as f:
        f.write("ünïcode".encode("utf-8"))
    with open("data/copy.bin", encoding="utf-8") as f:
        print("read back as text:", f.read())
    with open("data/copy.bin", encoding="latin-1") as f:
        print("as latin-1:", f.read())
    print(round(loop.time(), 3))


asyncio.run(main())
