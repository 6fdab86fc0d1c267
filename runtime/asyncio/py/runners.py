"""asyncio.runners: asyncio.run (CPython's asyncio/runners.py, the 3.11 Runner's steps)."""
from _asyncio import (_all_tasks_ordered, _get_running_loop, _log_error, _trace_hide, iscoroutine,
                      new_event_loop, set_event_loop)
from asyncio.base_events import _shutdown_asyncgens, _shutdown_default_executor
from asyncio.tasks import gather


# as runners.run
def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        return loop.run_until_complete(loop.create_task(main))
    finally:
        # The shutdown runs even when main failed. Its tasks are the runtime's own: the
        # trace leaves them out (_trace_hide).
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(_trace_hide(_shutdown_asyncgens(loop)))
            loop.run_until_complete(_trace_hide(_shutdown_default_executor(loop)))
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
            _log_error('unhandled exception during asyncio.run() shutdown', task.exception())
