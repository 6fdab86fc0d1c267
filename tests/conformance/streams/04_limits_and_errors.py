# Limits (LimitOverrunError, readline's ValueError), a down host, reading from a closed peer,
# two readers at once, the port taken twice, and large reads across segments.
import asyncio
import loopscope_world as world

world.host("down.example.com", down=True)


async def chatter(reader, writer):
    writer.write(b"x" * 30 + b"\n")
    writer.write(b"short\n")
    writer.write(b"a" * 20 + b"|" + b"b" * 5)
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(b"more" * 5)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(chatter, "127.0.0.1", 5555)
    reader, writer = await asyncio.open_connection("127.0.0.1", 5555, limit=16)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await reader.readline())
    try:
        await reader.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(await reader.readexactly(26))
    other = asyncio.create_task(reader.read(3))
    await asyncio.sleep(0)
    try:
        print(await reader.read(3))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await other)
    print(len(await reader.read()), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    try:
        await asyncio.start_server(chatter, "127.0.0.1", 5555)
    except OSError as e:
        print("OSError:", e.errno)
    try:
        await asyncio.open_connection("down.example.com", 80)
    except ConnectionRefusedError as e:
        print("refused:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)
    server.close()
    await server.wait_closed()
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
