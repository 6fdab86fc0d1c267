# asyncio with threads: to_thread and run_in_executor(None) run in asyncio_N threads,
# set_default_executor, an Executor subclass with its own submit, pool thread names
import asyncio, threading, time
from concurrent.futures import Executor, Future, ThreadPoolExecutor

class InlineExecutor(Executor):
    def submit(self, fn, /, *args, **kwargs):
        print("submit", fn.__name__, args)
        f = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except Exception as e:
            f.set_exception(e)
        return f
    def shutdown(self, wait=True, *, cancel_futures=False):
        print("shutdown", wait)

def work(x):
    print("work in", threading.current_thread().name)
    if x < 0:
        raise ValueError(x)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(InlineExecutor(), work, 1))
    try:
        await loop.run_in_executor(InlineExecutor(), work, -1)
    except ValueError as e:
        print("ValueError", e)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=2, thread_name_prefix="mine"))
    print(await asyncio.to_thread(work, 2))
    print(await loop.run_in_executor(None, work, 3))

asyncio.run(main())

async def main2():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(InlineExecutor())
    print(await asyncio.to_thread(work, 5))
try:
    asyncio.run(main2())
except TypeError as e:
    print("TypeError:", e)
with ThreadPoolExecutor() as ex:
    print(ex.submit(work, 10).result())
    print(list(ex.map(work, [20])))
t = threading.Thread(target=work, args=(0,)); t.start(); t.join(); print(t.name)
