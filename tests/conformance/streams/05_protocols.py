# The low-level API: loop.create_server / loop.create_connection with asyncio.Protocol classes
# (the asyncio docs' echo protocols), the callbacks' order and a future set on connection_lost.
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        print('Connection from {}'.format(peername))
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print('Data received: {!r}'.format(message))
        print('Send: {!r}'.format(message))
        self.transport.write(data)
        print('Close the client socket')
        self.transport.close()

    def connection_lost(self, exc):
        print('server side lost', exc)


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print('Data sent: {!r}'.format(self.message))

    def data_received(self, data):
        print('Data received: {!r}'.format(data.decode()))

    def eof_received(self):
        print('eof received')

    def connection_lost(self, exc):
        print('The server closed the connection')
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: EchoServerProtocol(), '127.0.0.1', 8888)
    print(isinstance(EchoServerProtocol(), asyncio.BaseProtocol), server.is_serving())
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol('Hello World!', on_con_lost), '127.0.0.1', 8888)
    print(type(protocol).__name__, transport.is_closing())
    try:
        await on_con_lost
    finally:
        transport.close()
    print('closing:', transport.is_closing(), round(loop.time(), 3))
    server.close()
    await server.wait_closed()


asyncio.run(main())
