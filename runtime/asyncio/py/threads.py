"""asyncio.threads: to_thread (CPython's asyncio/threads.py) on the playground's virtual
threads: the function runs at once, on its own clock, and its result arrives by a timer
(SEMANTICS.md rule 6; loop.run_in_executor in runtime/asyncio/base_events.cpp)."""
from _asyncio import _trace_wait, get_running_loop


# as threads.to_thread (there are no contextvars to copy in the playground)
async def to_thread(func, *args, **kwargs):
    loop = get_running_loop()
    result = loop.run_in_executor(None, lambda: func(*args, **kwargs))
    _trace_wait('Thread', result)
    return await result
