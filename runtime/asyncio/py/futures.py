"""asyncio.futures: the helpers around Future (CPython's asyncio/futures.py). Future itself is
native (_asyncio: runtime/asyncio/futures.cpp)."""
from _asyncio import _trace_callback


# as futures._set_result_unless_cancelled: the timer callback of sleep(); a sleep cancelled
# in the meantime has nothing to receive
def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


_trace_callback(_set_result_unless_cancelled, 'the end of a sleep')
