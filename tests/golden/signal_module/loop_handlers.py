# loop.add_signal_handler: the callback runs on the loop two iterations after the signal (the
# self-pipe's reader first), remove_signal_handler gives SIG_DFL back, and the errors.
import asyncio, signal


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon 1')
    loop.add_signal_handler(signal.SIGUSR1, lambda *a: print('loop handler', a), 1, 2)
    print(signal.getsignal(signal.SIGUSR1).__name__)
    signal.raise_signal(signal.SIGUSR1)
    loop.call_soon(print, 'soon 2')
    print('raised')
    for i in range(3):
        await asyncio.sleep(0)
        print('tick', i)
    signal.raise_signal(signal.SIGUSR1)
    signal.raise_signal(signal.SIGUSR1)
    await asyncio.sleep(0.5)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    for bad in [lambda: loop.add_signal_handler('x', print),
                lambda: loop.add_signal_handler(99, print),
                lambda: loop.add_signal_handler(2, main),
                lambda: loop.add_signal_handler(signal.SIGKILL, print),
                lambda: loop.remove_signal_handler(0)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    loop.add_signal_handler(signal.SIGHUP, print, 'left installed')


asyncio.run(main())
# the closed loop gave SIGHUP back: the default action would end the program now
print(signal.getsignal(signal.SIGHUP))
