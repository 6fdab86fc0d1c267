"""asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier (CPython's
asyncio/locks.py), with CPython's order of waking waiters.

Each primitive keeps its waiters as futures, oldest first; waking one means setting its
future's result, and the woken task takes its future off the list itself when it runs again.
The _trace_* calls report to the trace (runtime/asyncio/trace_contract.h): _trace_new when the
learner makes one, _trace_state right after its state changes, _trace_wait before an await
that may suspend. They change nothing else.
"""
from _asyncio import (BrokenBarrierError, CancelledError, _deque, _trace_new, _trace_state,
                      _trace_wait)
from asyncio.mixins import _LoopBoundMixin


# as locks._ContextManagerMixin: `async with` acquires and releases
class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


# as locks.Lock
class Lock(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self):
        self._waiters = None  # made on the first wait
        self._locked = False
        _trace_new(self, 'Lock', False)

    # CPython's repr adds the object's address; left out so every run reads the same
    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object [{extra}]>'

    def locked(self):
        return self._locked

    # as Lock.acquire
    async def acquire(self):
        # Free, and nobody is waiting for it (cancelled waiters do not count): take it now.
        # With live waiters a newcomer queues behind them, so a released lock goes to the
        # waiter that was woken, not to whoever asks first.
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
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
            # Woken but cancelled before taking it: pass the turn on, or the lock would stay
            # free with waiters asleep.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        _trace_state(self, True)
        return True

    # as Lock.release
    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _trace_state(self, False)
        self._wake_up_first()

    # as Lock._wake_up_first: only the first waiter; it stays listed until it runs
    def _wake_up_first(self):
        if not self._waiters:
            return
        first = self._waiters[0]
        if not first.done():
            first.set_result(True)


# as locks.Event
class Event(_LoopBoundMixin):
    def __init__(self):
        self._waiters = _deque()
        self._value = False
        _trace_new(self, 'Event', False)

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object [{extra}]>'

    def is_set(self):
        return self._value

    # as Event.set: every waiter wakes, even one that finds the event cleared again
    def set(self):
        if self._value:
            return
        self._value = True
        _trace_state(self, True)
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False
        _trace_state(self, False)

    # as Event.wait
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


# as locks.Condition: a lock (its own or the one given) plus waiters woken by notify()
class Condition(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # the lock's own methods, as CPython binds them
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()
        _trace_new(self, 'Condition', lock)

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object [{extra}]>'

    # as Condition.wait
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
            # Whatever happened, the caller gets the lock back before wait() returns or
            # raises. A cancellation meanwhile must not stop that: it is remembered and
            # raised once the lock is held again.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    # as Condition.wait_for: the predicate is checked with the lock held
    async def wait_for(self, predicate):
        _trace_wait('Condition', self, None, 'condition.wait_for()')
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    # as Condition.notify: wake up to n waiters (not those already woken or cancelled)
    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


# as locks.Semaphore
class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        _trace_new(self, 'Semaphore', value)
        self._waiters = None  # made on the first wait
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object [{extra}]>'

    # as Semaphore.locked: no value left, or someone still waits (newcomers queue behind)
    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    # as Semaphore.acquire
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
            # The unit _wake_up_next took for us goes back, and on to the next waiter.
            if not fut.cancelled():
                self._value += 1
                _trace_state(self, self._value)
                self._wake_up_next()
            raise
        # more units may have come back while we slept: let the next waiter have one
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        _trace_state(self, self._value)
        self._wake_up_next()

    # as Semaphore._wake_up_next: the unit is taken for the waiter when it is woken, so a
    # newcomer cannot slip in before the woken task runs
    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                _trace_state(self, self._value)
                fut.set_result(True)
                return


# as locks.BoundedSemaphore: releasing more than was acquired is an error
class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierPhase:
    """A Barrier's phase; `value` is what its repr and the trace show."""

    def __init__(self, value):
        self.value = value


# as locks._BarrierState
_FILLING = _BarrierPhase('filling')      # parties arrive
_DRAINING = _BarrierPhase('draining')    # all arrived: they leave, newcomers wait
_RESETTING = _BarrierPhase('resetting')  # reset() with parties inside: they get an error
_BROKEN = _BarrierPhase('broken')        # abort(): everyone gets an error


# as locks.Barrier: every party waits until `parties` of them have arrived
class Barrier(_LoopBoundMixin):
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # parties inside wait()
        _trace_new(self, 'Barrier', 0, parties, _FILLING.value)

    def __repr__(self):
        extra = self._state.value
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    # the trace's view of count, parties and phase, after each change
    def _report(self):
        _trace_state(self, self._count, self._parties, self._state.value)

    # as Barrier.wait: returns the party's arrival index
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

    # as Barrier._block: wait out a draining or resetting barrier before entering
    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state is not _DRAINING and self._state is not _RESETTING)
        if self._state is _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    # as Barrier._release: the last party arrived
    async def _release(self):
        self._state = _DRAINING
        self._report()
        self._cond.notify_all()

    # as Barrier._wait: wait for the last party (or a reset / abort)
    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _FILLING)
        if self._state is _BROKEN or self._state is _RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    # as Barrier._exit: the last one out refills the barrier
    def _exit(self):
        if self._count == 0:
            if self._state is _RESETTING or self._state is _DRAINING:
                self._state = _FILLING
                self._report()
            self._cond.notify_all()

    # as Barrier.reset
    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state is not _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._report()
            self._cond.notify_all()

    # as Barrier.abort
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
        return self._count if self._state is _FILLING else 0

    @property
    def broken(self):
        return self._state is _BROKEN


# Untraced, `async with` on a plain Lock or Semaphore and Event's methods run natively
# (runtime/asyncio/locks_fast.cpp), doing what the methods above do; every other case (a traced
# run, an error, a subclass) calls the methods above. Set here, after every class, so the lines
# above (which the trace references) keep their numbers.
def _install_fast_paths():
    try:
        from _asyncio import _deque, _event_wait, _fast_locks
    except ImportError:  # (the wasm build has no fast paths: its page always traces)
        return

    # Event.wait of an untraced run: _event_wait does the rest natively (the future made, listed,
    # awaited and taken off the list), or gives None when the method above must do it.
    async def wait(self):
        if self._value:
            return True
        waiting = _event_wait(self)
        if waiting is None:
            return await plain_wait(self)
        return await waiting

    plain_wait = Event.wait
    wait.__qualname__ = 'Event.wait'
    (Lock.__aenter__, Lock.__aexit__, Semaphore.__aenter__, Semaphore.__aexit__, Event.set,
     Event.clear, Event.is_set, Event.wait) = _fast_locks(_ContextManagerMixin, Lock, Semaphore,
                                                          BoundedSemaphore, Event, _deque, wait)


_install_fast_paths()
