"""asyncio.queues: Queue, PriorityQueue and LifoQueue (CPython's asyncio/queues.py).

Who owns what: the bookkeeping (the items, maxsize, the count of unfinished items and the
futures of the tasks waiting to put, get or join) belongs to a native _QueueState
(runtime/asyncio/queues.cpp), which also reports the queue's state to the trace the moment it
changes. This file keeps what happens around a wait: make a future, declare the wait, await
it, tidy up when cancelled. The three orders are the state's ('fifo', 'lifo', 'priority'), so
a subclass that overrides _init/_put/_get changes nothing here.
"""
from _asyncio import QueueEmpty, QueueFull, _QueueState, _trace_wait
from asyncio.mixins import _LoopBoundMixin

# What try_get returns for an empty queue: no item can be this object.
_NOTHING = object()


class Queue(_LoopBoundMixin):
    """A first-in first-out queue for tasks (as queues.Queue)."""

    _order = 'fifo'

    def __init__(self, maxsize=0):
        self._state = _QueueState(self, maxsize, self._order)

    # CPython's repr adds the object's address; the playground leaves it out so that every
    # run (and the trace's locals) reads the same.
    def __repr__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        # as Queue._format: only the parts that are not empty
        state = self._state
        text = f'maxsize={state.maxsize()!r}'
        items = state.items()
        if items:
            text += f' _queue={items!r}'
        getters, putters = state.waiting()
        if getters:
            text += f' _getters[{getters}]'
        if putters:
            text += f' _putters[{putters}]'
        unfinished = state.unfinished()
        if unfinished:
            text += f' tasks={unfinished}'
        return text

    def qsize(self):
        return self._state.qsize()

    @property
    def maxsize(self):
        return self._state.maxsize()

    def empty(self):
        return self._state.empty()

    def full(self):
        return self._state.full()

    async def put(self, item):
        # as Queue.put: wait while the queue is full, then put_nowait. The plain queues skip
        # the two method calls when there is room (try_put does exactly what they would).
        if self._state.try_put(item):  # (always False for a subclass: see _queue_plain)
            return None
        while self.full():
            putter = self._get_loop().create_future()
            self._state.add_putter(putter)
            _trace_wait('QueuePut', self)
            try:
                await putter
            except:
                putter.cancel()
                self._state.discard_putter(putter)
                # A get made room and woke this putter, but it was cancelled before it could
                # run: the room goes to the next putter in line, or it would be lost.
                if not self.full() and not putter.cancelled():
                    self._state.wake_putter()
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        # as Queue.put_nowait: QueueFull when full() says so; wakes the first getter
        self._state.put(item, self.full())

    async def get(self):
        # as Queue.get: wait while the queue is empty, then get_nowait
        # (a subclass's try_get always gives _NOTHING back: see _queue_plain)
        item = self._state.try_get(_NOTHING)
        if item is not _NOTHING:
            return item
        while self.empty():
            getter = self._get_loop().create_future()
            self._state.add_getter(getter)
            _trace_wait('QueueGet', self)
            try:
                await getter
            except:
                getter.cancel()
                self._state.discard_getter(getter)
                # Woken by a put but cancelled before running: hand the item to the next
                # getter rather than leave it waiting with an item in the queue.
                if not self.empty() and not getter.cancelled():
                    self._state.wake_getter()
                raise
        return self.get_nowait()

    def get_nowait(self):
        # as Queue.get_nowait: QueueEmpty when empty() says so; wakes the first putter
        return self._state.get(self.empty())

    def task_done(self):
        # as Queue.task_done: the last one wakes every join()
        self._state.task_done()

    async def join(self):
        # as Queue.join, whose _finished Event is the state's list of joiners
        if self._state.unfinished() > 0:
            joiner = self._get_loop().create_future()
            self._state.add_joiner(joiner)
            _trace_wait('QueueJoin', self)
            try:
                await joiner
            finally:
                self._state.discard_joiner(joiner)


class PriorityQueue(Queue):
    """The lowest item first (as queues.PriorityQueue: a heapq heap)."""

    _order = 'priority'


class LifoQueue(Queue):
    """The last item put first (as queues.LifoQueue)."""

    _order = 'lifo'


# asyncio.Queue[int] in annotations (as queues.Queue's __class_getitem__); set here, after every
# class, so the lines above (which the trace references) keep their numbers
def _queue_class_getitem():
    from _generic import GenericAlias
    Queue.__class_getitem__ = classmethod(GenericAlias)


_queue_class_getitem()


# The states of the plain queues (not of a subclass, which may override _put, _get, put_nowait,
# ...) take and give items in try_put / try_get; untraced, Queue.task_done is native
# (queues.cpp), doing what the method above does, and so are the waits of put and get. Set
# here, at the end, so the lines above keep their numbers.
def _install_fast_paths():
    from _asyncio import _queue_plain
    Queue.task_done = _queue_plain(Queue, PriorityQueue, LifoQueue)
    try:
        from _asyncio import _fast_queues
    except ImportError:  # (the wasm build: its page always traces)
        return

    # Queue.put and Queue.get of a plain queue in an untraced run: the wait (the loop of the
    # methods above, from the first future on) is the state's wait_put / wait_get, which is the
    # coroutine of the method above when that must do it.
    async def put(self, item):
        if self._state.try_put(item):
            return None
        return await self._state.wait_put(item)

    async def get(self):
        item = self._state.try_get(_NOTHING)
        if item is not _NOTHING:
            return item
        return await self._state.wait_get()

    put.__qualname__, get.__qualname__ = 'Queue.put', 'Queue.get'
    Queue.put, Queue.get = _fast_queues(Queue, put, get)


_install_fast_paths()
