"""as asyncio/base_events.py: run_until_complete (a method of the native loop type), the loop's
async generator shutdown."""
from _asyncio import (_LoopType, _get_running_loop, _log_error, _loop_asyncgens, _set_type_attr,
                      _trace_callback, isfuture)
from asyncio.tasks import ensure_future, gather


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_trace_callback(_run_until_complete_cb, "the main task's done callback (it stops the loop)")


def _loop_run_until_complete(self, future):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.is_running():
        raise RuntimeError('This event loop is already running')
    if _get_running_loop() is not None:
        raise RuntimeError('Cannot run the event loop while another loop is running')
    new_task = not isfuture(future)
    future = ensure_future(future, loop=self)
    future.add_done_callback(_run_until_complete_cb)
    try:
        self.run_forever()
    except BaseException:
        if new_task and future.done() and not future.cancelled():
            future.exception()
        raise
    finally:
        future.remove_done_callback(_run_until_complete_cb)
    if not future.done():
        raise RuntimeError('Event loop stopped before Future completed.')
    return future.result()


_set_type_attr(_LoopType, 'run_until_complete', _loop_run_until_complete)


async def _shutdown_asyncgens(loop):
    closing_agens = _loop_asyncgens(loop)
    if not len(closing_agens):
        return
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            _log_error(f'an error occurred during closing of asynchronous generator {agen!r}',
                       result)


async def _shutdown_default_executor(loop):
    return
