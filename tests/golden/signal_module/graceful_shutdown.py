# A server that stops cleanly on SIGTERM or SIGINT (the tutorial pattern): the handlers set an
# Event, the server drains; here the program sends SIGTERM to itself after 3.5 s.
import asyncio, signal


async def serve(stop):
    n = 0
    while not stop.is_set():
        n += 1
        print('serving request', n)
        await asyncio.sleep(1)
    print('server drained after', n, 'requests')


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda s=sig: (print('got', s.name), stop.set()))
    server = asyncio.create_task(serve(stop))
    loop.call_later(3.5, signal.raise_signal, signal.SIGTERM)
    await stop.wait()
    await server
    print(loop.remove_signal_handler(signal.SIGTERM), signal.getsignal(signal.SIGTERM))


asyncio.run(main())
print(signal.getsignal(signal.SIGINT))
