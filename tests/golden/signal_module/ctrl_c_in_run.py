# Ctrl-C (SIGINT) while asyncio.run runs: the first one cancels the main task, whose finally
# blocks run, then the other tasks are cancelled, and asyncio.run raises KeyboardInterrupt.
import asyncio, signal


async def worker(n):
    try:
        while True:
            await asyncio.sleep(1)
            print('worker', n, 'tick')
    finally:
        print('worker', n, 'cleans up')


async def main():
    task = asyncio.create_task(worker(0))
    await asyncio.sleep(2.5)
    print('Ctrl-C now')
    signal.raise_signal(signal.SIGINT)
    print('still in main')
    try:
        await asyncio.sleep(10)
    finally:
        print('main cleans up')


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e), type(e.__context__).__name__)
print(signal.getsignal(signal.SIGINT))


async def stubborn():
    asyncio.get_running_loop().call_later(1, signal.raise_signal, signal.SIGINT)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('main ignores the first Ctrl-C')
    signal.raise_signal(signal.SIGINT)
    print('not reached')


try:
    asyncio.run(stubborn())
except KeyboardInterrupt:
    print('the second Ctrl-C ends it')


async def late_import():
    import signal as s
    await asyncio.sleep(0)
    print(type(s.getsignal(s.SIGINT)).__name__ != 'builtin_function_or_method')
    s.raise_signal(s.SIGINT)
    await asyncio.sleep(1)


try:
    asyncio.run(late_import())
except KeyboardInterrupt:
    print('interrupted')
