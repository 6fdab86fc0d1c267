# loop.set_default_executor: to_thread and run_in_executor(None) use it (its thread names),
# asyncio.run shuts it down; an Executor subclass with its own submit() is called with
# (func, *args) and its future is awaited (wrap_future); a pool's own worker names.
import asyncio
import concurrent.futures
import threading
import time


class LoggingExecutor(concurrent.futures.Executor):
    def __init__(self):
        self.calls = 0

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1
        print(f"submit #{self.calls}: {fn.__name__}{args}")
        future = concurrent.futures.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


class NamedPool(concurrent.futures.ThreadPoolExecutor):
    def shutdown(self, wait=True, *, cancel_futures=False):
        print(f"shutdown(wait={wait}) at {time.monotonic() - START:.1f}")
        super().shutdown(wait=wait, cancel_futures=cancel_futures)


def work(x, seconds=0.0):
    time.sleep(seconds)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return f"{x} in {threading.current_thread().name}"


START = time.monotonic()


async def main():
    loop = asyncio.get_running_loop()
    custom = LoggingExecutor()
    print(await loop.run_in_executor(custom, work, 1))
    try:
        await loop.run_in_executor(custom, work, -1)
    except ValueError as exc:
        print("ValueError:", exc)
    loop.set_default_executor(NamedPool(max_workers=4, thread_name_prefix="worker"))
    print(await asyncio.to_thread(work, 2, 0.5))
    print(await asyncio.gather(loop.run_in_executor(None, work, 3, 0.2),
                               asyncio.to_thread(work, 4, 0.1)))
    with concurrent.futures.ThreadPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, work, 5))
    try:
        loop.set_default_executor(custom)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
print("done at", round(time.monotonic() - START, 1))
