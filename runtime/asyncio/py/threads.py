"""asyncio.threads: to_thread (CPython's asyncio/threads.py) on the playground's virtual
threads: the function runs at once, on its own clock, and its result arrives by a timer
(SEMANTICS.md rule 6; loop.run_in_executor in runtime/asyncio/base_events.cpp)."""
from _asyncio import _trace_wait, get_running_loop
from contextvars import copy_context


# as threads.to_thread: the function sees a copy of the caller's context
async def to_thread(func, *args, **kwargs):
    loop = get_running_loop()
    ctx = copy_context()
    result = loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))
    _trace_wait('Thread', result)
    return await result
