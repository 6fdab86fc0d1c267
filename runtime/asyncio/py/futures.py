"""as asyncio/futures.py: the helpers around Future (the type itself is native: _asyncio)."""
from _asyncio import _trace_callback


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


_trace_callback(_set_result_unless_cancelled, 'the end of a sleep')
