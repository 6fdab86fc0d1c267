"""asyncio.timeouts: asyncio.timeout, timeout_at and the Timeout context manager (CPython's
asyncio/timeouts.py). On expiry it cancels its task, and on the way out turns that
cancellation into TimeoutError."""
from _asyncio import CancelledError, _trace_callback, current_task, get_running_loop


class _Phase:
    """One phase of a Timeout's life; `value` is what its repr shows."""

    def __init__(self, value):
        self.value = value


# as timeouts._State
_CREATED = _Phase("created")
_ENTERED = _Phase("active")
_EXPIRING = _Phase("expiring")
_EXPIRED = _Phase("expired")
_EXITED = _Phase("finished")


# as timeouts.Timeout
class Timeout:
    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None  # the loop handle that will expire it
        self._task = None
        self._when = when

    def when(self):
        return self._when

    # as Timeout.reschedule: a deadline already past expires at the loop's next turn
    def reschedule(self, when):
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        self._timeout_handler = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        shown = ""
        if self._state is _ENTERED:
            when = None if self._when is None else round(self._when, 3)
            shown = f" when={when}"
        return f"<Timeout [{self._state.value}]{shown}>"

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        # the cancellations already requested: only one more than these is ours to undo
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            # Our own cancellation reached the block: it becomes a TimeoutError. If someone
            # else cancelled the task as well, the CancelledError goes on.
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    # as Timeout._on_timeout
    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


_trace_callback(Timeout._on_timeout, 'the end of a timeout')


# as timeouts.timeout: a delay from now (None: no deadline yet)
def timeout(delay):
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


# as timeouts.timeout_at: a deadline on the loop's clock
def timeout_at(when):
    return Timeout(when)
