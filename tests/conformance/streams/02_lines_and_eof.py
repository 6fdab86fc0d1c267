# readline, readexactly, readuntil, async for over lines, write_eof and the end of file,
# IncompleteReadError, a refused connection.
import asyncio


async def server_side(reader, writer):
    peer = writer.get_extra_info('peername')
    print('server: connection from', peer, writer.get_extra_info('sockname'))
    async for line in reader:
        print('server got line', line)
        writer.write(line.upper())
        await writer.drain()
    print('server: eof', reader.at_eof())
    writer.write(b'BYE\x00tail')
    writer.close()
    await writer.wait_closed()
    print('server: closed')


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(server_side, 'localhost', 9000)
    reader, writer = await asyncio.open_connection('localhost', 9000)
    print('client: connected at', round(loop.time(), 3), writer.get_extra_info('peername'))
    writer.writelines([b'one\n', b'two\nthr', b'ee\n'])
    print(await reader.readline(), round(loop.time(), 3))
    print(await reader.readexactly(4), await reader.readline())
    writer.write_eof()
    print('can_write_eof', writer.can_write_eof())
    print(await reader.readuntil(b'\x00'), round(loop.time(), 3))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected, isinstance(e, EOFError))
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print('is_closing', writer.is_closing())
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('localhost', 9000)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e, e.errno)
    try:
        await asyncio.open_connection('127.0.0.1', 1234)
    except OSError as e:
        print(type(e).__name__, e)
    print('done at', round(loop.time(), 3))


asyncio.run(main())
