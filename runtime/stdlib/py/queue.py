"""queue for the playground, written in Python: Queue, LifoQueue, PriorityQueue and SimpleQueue
(put, get, put_nowait, get_nowait, qsize, empty, full, task_done, join, maxsize), Empty and
Full, as CPython 3.11.

Threads in the playground are virtual (SEMANTICS rule 6): a function given to
asyncio.to_thread or run_in_executor runs at once, to its end, and nothing else runs while a
thread waits. So a waiting put or get can never be satisfied by another thread:
- with a timeout, it waits like time.sleep(timeout) (on the virtual clock) and then raises Full
  or Empty, which is exactly what CPython does when no other thread acts in time;
- without a timeout (block=True, timeout=None), CPython would wait forever; the playground raises
  a RuntimeError that says so instead of hanging. join() with unfinished tasks does the same.
For queues shared between coroutines, use asyncio.Queue."""

import time as _time
from collections import deque as _deque
from heapq import heappop as _heappop, heappush as _heappush

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) and get_nowait() on an empty queue."""


Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put(block=False) and put_nowait() on a full queue."""


_WAIT_ADVICE = 'Pass a timeout, use the _nowait method, or use asyncio.Queue between coroutines.'


def _forever(what, why, advice=_WAIT_ADVICE):
    return RuntimeError(f'{what} would wait forever: {why}, and no other thread can run while '
                        f'it waits (threads in the playground run one at a time, to their end). '
                        f'{advice}')


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(timeout, what, why):
    # a blocking wait that nothing can end: the timeout passes (or it would never return)
    if timeout is None:
        raise _forever(what, why)
    _time.sleep(timeout)


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Return once every item put has been marked done with task_done()."""
        if self.unfinished_tasks:
            raise _forever('queue.Queue.join()',
                           f'{self.unfinished_tasks} item(s) were never marked with task_done()',
                           'Call task_done() once for each item taken with get().')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue (see the module's doc for what waiting means here)."""
        if self.maxsize > 0:
            if block:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                _wait(timeout, 'queue.Queue.put()', f'the queue is full ({self.maxsize} items)')
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item (see the module's doc for what waiting means here)."""
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            if not block:
                raise Empty
            _wait(timeout, 'queue.Queue.get()', 'the queue is empty')
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns the lowest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if block:
            _check_timeout(timeout)
        if not self._queue:
            if not block:
                raise Empty
            _wait(timeout, 'queue.SimpleQueue.get()', 'the queue is empty')
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)


SimpleQueue.__module__ = '_queue'


def _class_getitem():
    # queue.Queue[int] in annotations
    from _generic import GenericAlias
    Queue.__class_getitem__ = classmethod(GenericAlias)
    SimpleQueue.__class_getitem__ = classmethod(GenericAlias)


_class_getitem()
