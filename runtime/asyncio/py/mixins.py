"""asyncio.mixins: a primitive belongs to the loop that first waits on it (CPython's
asyncio/mixins.py)."""
from _asyncio import _get_running_loop


# as mixins._LoopBoundMixin
class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = _get_running_loop()
        if self._loop is None:
            self._loop = running
        if running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
