"""as asyncio/threads.py: to_thread, on the loop's virtual threads (run_in_executor)."""
from _asyncio import _trace_wait, get_running_loop


async def to_thread(func, *args, **kwargs):
    loop = get_running_loop()
    fut = loop.run_in_executor(None, lambda: func(*args, **kwargs))
    _trace_wait('Thread', fut)
    return await fut
