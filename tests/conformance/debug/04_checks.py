# debug mode's checks: coroutines and non-callables refused by call_soon/call_at/
# run_in_executor, and loop calls from a worker thread (to_thread) raise RuntimeError
import asyncio
import time


async def job():
    return 1


def in_thread(fut):
    time.sleep(0.1)
    try:
        fut.set_result("from thread")
    except RuntimeError as e:
        print("set_result:", e)


async def main():
    loop = asyncio.get_running_loop()
    tries = [("call_soon", lambda: loop.call_soon(job)),
             ("call_later", lambda: loop.call_later(1, job)),
             ("call_at", lambda: loop.call_at(5, 42)),
             ("run_in_executor", lambda: loop.run_in_executor(None, job))]
    for name, attempt in tries:
        try:
            attempt()
        except TypeError as e:
            print(name, "->", e)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback ran"))
    await asyncio.to_thread(in_thread, fut)
    print(fut.done(), fut.result())
    await asyncio.sleep(0.5)
    print("the done callback never ran")


asyncio.run(main(), debug=True)
