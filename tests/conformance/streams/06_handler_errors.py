# A start_server handler that raises: CPython's StreamReaderProtocol reports it through the
# loop's exception handler ('Unhandled exception in client_connected_cb') and closes the
# connection, so the client reads end of file; a handler still waiting when asyncio.run ends
# is cancelled, and 3.11's done callback then fails asking a cancelled task for its exception.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    print("server got", line)
    if line == b"crash\n":
        raise ValueError("bad request")
    writer.write(b"ok\n")
    await writer.drain()
    await reader.read()  # waits for the client's end of file
    print("handler finished")


def on_error(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))
    loop.default_exception_handler(context)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(on_error)
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    writer.write(b"crash\n")
    print("client read", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    loop.set_exception_handler(None)

    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    writer.write(b"hello\n")
    print("client read", await reader.readline())
    server.close()
    await server.wait_closed()
    print("main leaves with the handler still reading")


asyncio.run(main())
