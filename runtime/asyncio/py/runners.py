"""as asyncio/runners.py: asyncio.run."""
from _asyncio import (_all_tasks_ordered, _get_running_loop, _log_error, _trace_hide, iscoroutine,
                      new_event_loop, set_event_loop)
from asyncio.base_events import _shutdown_asyncgens, _shutdown_default_executor
from asyncio.tasks import gather


def _cancel_all_tasks(loop):
    to_cancel = _all_tasks_ordered(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            _log_error('unhandled exception during asyncio.run() shutdown', task.exception())


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(_trace_hide(_shutdown_asyncgens(loop)))
            loop.run_until_complete(_trace_hide(_shutdown_default_executor(loop)))
        finally:
            set_event_loop(None)
            loop.close()
