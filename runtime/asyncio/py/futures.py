"""as asyncio/futures.py: the helpers around Future (the type itself is native: _asyncio)."""


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)
