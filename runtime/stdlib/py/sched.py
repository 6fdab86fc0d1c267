"""sched in Loopscope: CPython 3.11's event scheduler. Its default clock is time.monotonic and
its default wait time.sleep, both on the playground's virtual clock (SEMANTICS.md rule 4), so a
scheduler that waits 5 s finishes at once with the clock 5 s later."""
import heapq as _heapq
import time as _time_module
from collections import namedtuple as _namedtuple
from itertools import count as _count

__all__ = ['scheduler']

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = 'sched'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = _count()

    # as scheduler.enterabs: events order by time, then priority, then the order they came in
    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        _heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)
        _heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    # as scheduler.run: wait for the first event, run it, let the delay function see 0
    def run(self, blocking=True):
        q = self._queue
        while q:
            time, priority, sequence, action, argument, kwargs = q[0]
            now = self.timefunc()
            if time > now:
                if not blocking:
                    return time - now
                self.delayfunc(time - now)
            else:
                _heapq.heappop(q)
                action(*argument, **kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        events = self._queue[:]
        return [_heapq.heappop(events) for _ in range(len(events))]
