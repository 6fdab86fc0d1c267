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
    loop = _new_current_loop(debug, main)
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
            _sigint_finish(loop)

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
def _new_current_loop(debug, main):
    loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    _runs.append((loop, main))
    signal = _sys.modules.get('signal')
    if signal is not None:
        _install_sigint(signal, loop, main)
    return loop


# (at the end of the file: the lines above keep their numbers in tracebacks)
# as _cancel_all_tasks' report of a task that failed while it was being cancelled
def _shutdown_error(loop, task):
    loop.call_exception_handler({
        'message': 'unhandled exception during asyncio.run() shutdown',
        'exception': task.exception(),
        'task': task,
    })


# as Runner.run's SIGINT handling: while asyncio.run runs and SIGINT has its default handler,
# the first SIGINT cancels the main task (asyncio.run then raises KeyboardInterrupt) and a
# second one raises KeyboardInterrupt where the program is. The handler is installed when the
# program uses the signal module (signal.py calls _signal_imported when it is imported later).
import sys as _sys  # noqa: E402

_runs = []  # (loop, main coroutine) of the asyncio.run calls running
_handlers = {}  # loop -> its _SigintHandler


class _SigintHandler:
    def __init__(self, loop, main):
        self._loop = loop
        self._main = main
        self._task = None
        self.interrupts = 0

    def main_task(self):
        if self._task is None:
            for task in _all_tasks_ordered(self._loop):
                if task.get_coro() is self._main:
                    self._task = task
                    break
        return self._task

    def __call__(self, signum, frame):
        self.interrupts += 1
        task = self.main_task()
        if self.interrupts == 1 and task is not None and not task.done():
            task.cancel()
            return
        raise KeyboardInterrupt()


def _install_sigint(signal, loop, main):
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        handler = _SigintHandler(loop, main)
        signal.signal(signal.SIGINT, handler)
        _handlers[loop] = handler


def _signal_imported(signal):
    for loop, main in _runs:
        _install_sigint(signal, loop, main)


def _sigint_finish(loop):
    for i, (run_loop, main) in enumerate(_runs):
        if run_loop is loop:
            del _runs[i]
            break
    handler = _handlers.pop(loop, None)
    if handler is None:
        return
    signal = _sys.modules['signal']
    if signal.getsignal(signal.SIGINT) is handler:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    task = handler.main_task()
    if handler.interrupts and task is not None and task.cancelled() and task.uncancel() == 0:
        raise KeyboardInterrupt()
