"""as asyncio/locks.py: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier."""
from _asyncio import BrokenBarrierError, CancelledError, _deque, _trace_new, _trace_state, _trace_wait
from asyncio.mixins import _LoopBoundMixin


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self):
        self._waiters = None
        self._locked = False
        _trace_new(self, 'Lock', False)

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            _trace_state(self, True)
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        _trace_wait('Lock', self)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        _trace_state(self, True)
        return True

    def release(self):
        if self._locked:
            self._locked = False
            _trace_state(self, False)
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    def __init__(self):
        self._waiters = _deque()
        self._value = False
        _trace_new(self, 'Event', False)

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            _trace_state(self, True)
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False
        _trace_state(self, False)

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        _trace_wait('Event', self)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        _trace_new(self, 'Condition', lock, lock.locked())
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            _trace_wait('Condition', self)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        _trace_wait('Condition', self, None, 'condition.wait_for()')
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        _trace_new(self, 'Semaphore', value)
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            _trace_state(self, self._value)
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        _trace_wait('Semaphore', self)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                _trace_state(self, self._value)
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        _trace_state(self, self._value)
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                _trace_state(self, self._value)
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    def __init__(self, value):
        self.value = value


_FILLING = _BarrierState('filling')
_DRAINING = _BarrierState('draining')
_RESETTING = _BarrierState('resetting')
_BROKEN = _BarrierState('broken')


class Barrier(_LoopBoundMixin):
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0
        _trace_new(self, 'Barrier', 0, parties, _FILLING.value)

    def __repr__(self):
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    def _report(self):
        _trace_state(self, self._count, self._parties, self._state.value)

    async def wait(self):
        _trace_wait('Barrier', self)
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                self._report()
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._report()
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state is not _DRAINING and self._state is not _RESETTING)
        if self._state is _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _DRAINING
        self._report()
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _FILLING)
        if self._state is _BROKEN or self._state is _RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state is _RESETTING or self._state is _DRAINING:
                self._state = _FILLING
                self._report()
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state is not _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._report()
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._report()
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BROKEN
