"""asyncio.runners: asyncio.run (CPython's asyncio/runners.py, the 3.11 Runner's steps)."""
from _asyncio import (_all_tasks_ordered, _get_running_loop, _trace_hide, iscoroutine,
                      new_event_loop, set_event_loop)
from asyncio.tasks import gather
from contextvars import copy_context


# as runners.run
def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    # as Runner._lazy_init: a new loop, the current one, in debug mode when asked
    loop = _new_current_loop(debug)
    try:
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        return loop.run_until_complete(loop.create_task(main))
    finally:
        # The shutdown runs even when main failed. Its tasks are the runtime's own: the
        # trace leaves them out (_trace_hide).
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(_trace_hide(loop.shutdown_asyncgens()))
            loop.run_until_complete(_trace_hide(loop.shutdown_default_executor()))
        finally:
            set_event_loop(None)
            loop.close()


# as runners._cancel_all_tasks: cancel what main left running and let it finish
def _cancel_all_tasks(loop):
    # in creation order (CPython iterates a set; this order is the same in every run)
    leftovers = _all_tasks_ordered(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        if task.exception() is not None:
            _shutdown_error(loop, task)


# as runners.Runner: one event loop kept across several run() calls, closed on exit
class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(_trace_hide(loop.shutdown_asyncgens()))
            loop.run_until_complete(_trace_hide(loop.shutdown_default_executor()))
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = copy_context()
        self._state = 'initialized'


# asyncio.run's loop (at the end of the file: the lines above keep their numbers)
def _new_current_loop(debug):
    loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    return loop


# (at the end of the file: the lines above keep their numbers in tracebacks)
# as _cancel_all_tasks' report of a task that failed while it was being cancelled
def _shutdown_error(loop, task):
    loop.call_exception_handler({
        'message': 'unhandled exception during asyncio.run() shutdown',
        'exception': task.exception(),
        'task': task,
    })
