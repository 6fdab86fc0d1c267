"""concurrent.futures (CPython's concurrent/futures/*.py) on the playground's virtual threads.

A submitted function runs at once, in a virtual thread (SEMANTICS.md rule 6) that starts when
a worker is free: now, or when the busiest pool's first worker finishes. time.sleep inside it
spends the thread's own time, so its future finishes at start + the time it slept. The
future's state follows the clock: it is pending before its start, running until its end,
finished after. Whoever waits for it (result(), wait(), as_completed(), shutdown(), leaving a
`with` block) blocks as time.sleep does until then.

What differs from real threads and processes: the function's prints all come when it is
submitted (stamped with its own time), a queued call can no longer be cancelled (it ran
already), and a process pool's workers share the program's objects (nothing is pickled).
"""
import time as _time

from _asyncio import _virtual_thread

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

# the names CPython's reprs use for the states
_STATE_TEXT = {_PENDING: 'pending', _RUNNING: 'running', _CANCELLED: 'cancelled',
               _FINISHED: 'finished'}


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor):
    _cls.__module__ = 'concurrent.futures._base'
TimeoutError = TimeoutError


def _now():
    return _time.monotonic()


def _wait_until(when):
    """Block the caller (the program, or the virtual thread it runs in) until `when`."""
    delay = when - _now()
    if delay > 0:
        _time.sleep(delay)


class Future:
    """The result of a call that runs elsewhere (concurrent.futures.Future)."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        # a pool's future: when its call starts and ends on the virtual clock (None: unknown)
        self._start = None
        self._end = None
        self._thread = None  # the worker's threading.Thread

    # the state at this moment of the virtual clock
    def _current(self):
        if self._end is not None and self._state in (_PENDING, _RUNNING):
            now = _now()
            if now >= self._end:
                self._finish()
            elif now >= self._start:
                self._state = _RUNNING
        return self._state

    # the call's outcome becomes visible: the callbacks run (in the worker, at its end)
    def _finish(self):
        self._state = _FINISHED
        self._end = None
        self._run_callbacks()

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._call_callback(fn)

    def _call_callback(self, fn):
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    # block until the call ended, or for `timeout` seconds at most
    def _wait(self, timeout):
        state = self._current()
        if state in (_FINISHED, _CANCELLED):
            return
        if self._end is None:
            if timeout is None:
                raise RuntimeError('this future never finishes: nothing will set its result '
                                   '(in Python the program would hang here)')
            _wait_until(_now() + timeout)
            raise TimeoutError()
        if timeout is not None and self._end > _now() + timeout:
            _wait_until(_now() + timeout)
            raise TimeoutError()
        _wait_until(self._end)
        self._finish()

    def __repr__(self):
        state = self._current()
        text = _STATE_TEXT[state]
        where = '<Future at %#x state=%s' % (id(self), text)
        if state == _FINISHED:
            if self._exception is not None:
                return '%s raised %s>' % (where, type(self._exception).__name__)
            return '%s returned %s>' % (where, type(self._result).__name__)
        return where + '>'

    def cancel(self):
        state = self._current()
        if state in (_RUNNING, _FINISHED):
            return False
        if state == _CANCELLED:
            return True
        if self._start is not None:
            # queued behind busy workers, but its call ran already (virtual threads run at once)
            return False
        self._state = _CANCELLED
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._current() == _CANCELLED

    def running(self):
        return self._current() == _RUNNING

    def done(self):
        return self._current() in (_CANCELLED, _FINISHED)

    def result(self, timeout=None):
        try:
            self._wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._exception is not None:
                raise self._exception
            return self._result
        finally:
            self = None  # no cycle through the traceback

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        state = self._current()
        if state in (_PENDING, _RUNNING):
            if self._end is None:
                self._callbacks.append(fn)
            else:
                # the worker calls it when the call ends: in a virtual thread at that time
                _virtual_thread(self._end, self._thread, self._call_callback, fn)
            return
        self._call_callback(fn)

    def set_running_or_notify_cancel(self):
        state = self._current()
        if state == _CANCELLED:
            return False
        if state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._current() in (_CANCELLED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._finish()

    def set_exception(self, exception):
        if self._current() in (_CANCELLED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._finish()


class Executor:
    """The base of the pools: submit, map, shutdown, with-blocks."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + _now()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _map_results(fs, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# as Executor.map's result_iterator: results in order, the rest cancelled when it stops early
def _map_results(fs, end_time):
    try:
        fs.reverse()
        while fs:
            if end_time is None:
                yield fs.pop().result()
            else:
                yield fs.pop().result(end_time - _now())
    finally:
        for future in fs:
            future.cancel()


class _Pool(Executor):
    """A pool of virtual workers; a call waits for the first free one (FIFO)."""

    def __init__(self, max_workers, initializer, initargs):
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._free_at = []  # one per worker started: when it is free again
        self._threads = []  # the threading.Thread of each worker (None: a process's)
        self._futures = []
        self._shutdown = False

    # the worker a call submitted now runs in, and when it starts: an idle worker (the one idle
    # the longest), else a new one while there are fewer than max_workers, else the first to be
    # free (as _adjust_thread_count: a new thread only when none is idle)
    def _pick_worker(self, now):
        idle = [(t, i) for i, t in enumerate(self._free_at) if t <= now]
        if idle:
            return min(idle)[1], now, False
        if len(self._free_at) < self._max_workers:
            self._free_at.append(now)
            self._threads.append(self._new_thread(len(self._threads)))
            return len(self._free_at) - 1, now, True
        start = min(self._free_at)
        return self._free_at.index(start), start, False

    def _new_thread(self, index):
        return None

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        worker, start, new_worker = self._pick_worker(_now())
        initializer, initargs = self._initializer, self._initargs
        target, target_args = fn, args
        if kwargs or (new_worker and initializer is not None):
            def call():
                if new_worker and initializer is not None:
                    initializer(*initargs)
                return fn(*args, **kwargs)
            target, target_args = call, ()

        future = Future()
        ok, value, end = _virtual_thread(start, self._threads[worker], target, *target_args)
        if ok:
            future._result = value
        else:
            future._exception = value
        future._start = start
        future._end = end
        future._thread = self._threads[worker]
        self._free_at[worker] = end
        self._keep(future)
        return future

    def _keep(self, future):
        self._futures.append(future)

    # loop.run_in_executor(self, fn, *args), as CPython's wrap_future(self.submit(fn, *args)):
    # the call's outcome and the time it ends
    def _loop_submit(self, fn, *args):
        future = self.submit(fn, *args)
        ok = future._exception is None
        return ok, future._result if ok else future._exception, future._end

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if any(self._threads):  # the workers end when their last call does
            import threading
            for thread, free_at in zip(self._threads, self._free_at):
                threading._retire([thread], free_at)
        if cancel_futures:
            for f in self._futures:
                f.cancel()
        if wait:
            for f in self._futures:
                if f._current() in (_PENDING, _RUNNING):
                    f._wait(None)
        self._futures = [f for f in self._futures if not f.done()]


class ThreadPoolExecutor(_Pool):
    """Threads as virtual threads (asyncio.to_thread's)."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _CPU_COUNT + 4)
        _Pool.__init__(self, max_workers, initializer, initargs)
        self._thread_name_prefix = thread_name_prefix or ('ThreadPoolExecutor-%d' % _next_pool())

    # as _adjust_thread_count's thread names: PREFIX_0, PREFIX_1, ...
    def _new_thread(self, index):
        import threading
        return threading._worker_thread('%s_%d' % (self._thread_name_prefix, index))


class _DefaultExecutor(ThreadPoolExecutor):
    """A loop's default executor (run_in_executor(None, ...), to_thread): CPython's
    ThreadPoolExecutor(thread_name_prefix='asyncio'), whose calls never queue here (the oracle's
    virtual threads all start at once) and whose futures nobody waits for."""

    def __init__(self):
        ThreadPoolExecutor.__init__(self, thread_name_prefix='asyncio')
        self._max_workers = 1 << 30

    def _keep(self, future):
        pass


class ProcessPoolExecutor(_Pool):
    """Processes modelled as virtual threads (they share the program's objects here)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _CPU_COUNT
        _Pool.__init__(self, max_workers, initializer, initargs)


# os.cpu_count() of the learner's machine is unknown: a common laptop's
_CPU_COUNT = 8
_pools = [0]


def _next_pool():
    _pools[0] += 1
    return _pools[0] - 1


from collections import namedtuple

DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = 'concurrent.futures._base'


def _end_of(f):
    """When f is done on the virtual clock: now if it is, None if nothing will finish it."""
    if f._current() in (_FINISHED, _CANCELLED):
        return _now()
    return f._end


def _by_end(fs):
    # in the order they finish; equal ends in the order given
    known, never = [], []
    for i, f in enumerate(fs):
        end = _end_of(f)
        if end is None:
            never.append(f)
        else:
            known.append((end, i, f))
    known.sort(key=lambda item: (item[0], item[1]))
    return [f for end, i, f in known], never


# as concurrent.futures.as_completed: each future when it is done, the earliest first
def as_completed(fs, timeout=None):
    end_time = None if timeout is None else timeout + _now()
    seen = set()
    unique = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            unique.append(f)
    total = len(unique)
    ordered, never = _by_end(unique)
    pending = total
    for f in ordered:
        if end_time is not None and f._end is not None and f._end > end_time:
            break
        f._wait(None)
        pending -= 1
        yield f
    if pending:
        if end_time is None:
            raise RuntimeError('%d (of %d) futures never finish: nothing will set their result '
                               '(in Python the program would hang here)' % (pending, total))
        _wait_until(end_time)
        raise TimeoutError('%d (of %d) futures unfinished' % (pending, total))


def _split(fs):
    done = set(f for f in fs if f._current() in (_FINISHED, _CANCELLED))
    return done, set(fs) - done


# as concurrent.futures.wait: block until return_when holds, or timeout
def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done, not_done = _split(fs)
    failed = any(f._state == _FINISHED and f._exception is not None for f in done)
    if ((return_when == FIRST_COMPLETED and done) or
            (return_when == FIRST_EXCEPTION and failed) or not not_done):
        return DoneAndNotDoneFutures(done, not_done)
    ends = [f._end for f in not_done]
    if return_when == FIRST_COMPLETED:
        target = min((e for e in ends if e is not None), default=None)
    elif return_when == FIRST_EXCEPTION:
        bad = [f._end for f in not_done if f._end is not None and f._exception is not None]
        target = min(bad) if bad else (None if None in ends else max(ends))
    else:
        target = None if None in ends else max(ends)
    if timeout is not None:
        limit = _now() + timeout
        target = limit if target is None else min(target, limit)
    if target is None:
        raise RuntimeError('wait() never returns: nothing will finish these futures '
                           '(in Python the program would hang here)')
    _wait_until(target)
    return DoneAndNotDoneFutures(*_split(fs))


__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')
