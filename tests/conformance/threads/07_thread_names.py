# threading as tutorials print it from asyncio: the main thread, then the default executor's
# workers (asyncio_0 reused when idle, a new asyncio_N while the others are busy), their idents
# against the main thread's, and a thread count after asyncio.run (its shutdown thread
# takes Thread-1).
import asyncio
import threading
import time


def blocking(label, seconds):
    me = threading.current_thread()
    print(f"{label}: in {me.name}, main thread? {me is threading.main_thread()}")
    time.sleep(seconds)
    return threading.get_ident()


async def main():
    print("coroutine in", threading.current_thread().name)
    main_ident = threading.get_ident()
    first = await asyncio.to_thread(blocking, "first", 0.5)
    second = await asyncio.to_thread(blocking, "second", 0.2)
    print("same worker again:", first == second, "not main:", first != main_ident)
    loop = asyncio.get_running_loop()
    idents = await asyncio.gather(
        asyncio.to_thread(blocking, "a", 1.0),
        loop.run_in_executor(None, blocking, "b", 0.5),
        asyncio.to_thread(blocking, "c", 0.3),
    )
    print("three workers:", len(set(idents)))
    print("after the batch:", await asyncio.to_thread(blocking, "d", 0.1) in idents)
    print("native id differs:", await asyncio.to_thread(threading.get_native_id)
          != threading.get_native_id())


asyncio.run(main())
t = threading.Thread(target=print, args=("a thread after asyncio.run",))
print(t.name)
