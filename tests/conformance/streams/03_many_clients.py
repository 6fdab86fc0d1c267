# A line-based server with several clients arriving at different times, serve_forever in a task
# (cancelled at the end), a host latency set by the world, wait_for around a read, and a
# client that closes without waiting.
import asyncio
import loopscope_world as world

world.host("db.internal", latency=0.05)
counts = {}


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    counts[name] = 0
    print(f"hello {name}")
    while True:
        line = await reader.readline()
        if not line:
            break
        counts[name] += 1
        writer.write(b"ack " + line)
        await writer.drain()
    print(f"{name} left after {counts[name]} lines")
    writer.close()


async def client(name, delay, lines):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("db.internal", 7000)
    writer.write(name.encode() + b"\n")
    for text in lines:
        writer.write(text.encode() + b"\n")
        print(name, "->", await reader.readline())
    writer.close()
    await writer.wait_closed()
    return name


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "db.internal", 7000)
    serving = asyncio.create_task(server.serve_forever())
    done = await asyncio.gather(client("ann", 0, ["a", "b"]), client("bob", 0.03, ["x"]),
                                client("cy", 0.2, []))
    print(done, round(loop.time(), 3))
    reader, writer = await asyncio.open_connection("db.internal", 7000)
    try:
        await asyncio.wait_for(reader.read(10), timeout=0.3)
    except asyncio.TimeoutError:
        print("read timed out at", round(loop.time(), 3))
    writer.write(b"late\n")
    writer.close()
    await asyncio.sleep(0.2)
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    print(counts, round(loop.time(), 3))


asyncio.run(main())
