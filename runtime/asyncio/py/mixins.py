"""as asyncio/mixins.py: a primitive bound to the loop that first uses it."""
from _asyncio import _get_running_loop


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
