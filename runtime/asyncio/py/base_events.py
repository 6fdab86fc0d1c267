"""asyncio.base_events: the parts of CPython's BaseEventLoop (asyncio/base_events.py) that are
Python. The loop itself (ready queue, timers, run_forever) is native: _asyncio's _LoopType,
runtime/asyncio/base_events.cpp. run_until_complete is added to it as a method here.
"""
from _asyncio import (_LoopType, _forget_asyncgen, _get_running_loop, _log_error, _loop_asyncgens,
                      _loop_default_executor, _set_type_attr, _trace_callback, isfuture)
from asyncio.tasks import ensure_future, gather


# as base_events._run_until_complete_cb: stop the loop when the awaited future is done
def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        # SystemExit and KeyboardInterrupt already stopped the loop on their way out
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_trace_callback(_run_until_complete_cb, "the main task's done callback (it stops the loop)")


# as BaseEventLoop.run_until_complete
def run_until_complete(self, future):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.is_running():
        raise RuntimeError('This event loop is already running')
    if _get_running_loop() is not None:
        raise RuntimeError('Cannot run the event loop while another loop is running')
    made_here = not isfuture(future)
    future = _task_made_here(future, self) if made_here else ensure_future(future, loop=self)
    future.add_done_callback(_run_until_complete_cb)
    try:
        self.run_forever()
    except BaseException:
        # The loop stopped with an error. A task made here that failed would otherwise log
        # "exception was never retrieved" on top of the error that is propagating.
        if made_here and future.done() and not future.cancelled():
            future.exception()
        raise
    finally:
        future.remove_done_callback(_run_until_complete_cb)
    if not future.done():
        raise RuntimeError('Event loop stopped before Future completed.')
    return future.result()


# a method of the native loop type; not a name of this module (asyncio would export it)
_set_type_attr(_LoopType, 'run_until_complete', run_until_complete)
del run_until_complete


# as BaseEventLoop._asyncgen_finalizer_hook (sys.set_asyncgen_hooks' finalizer while the loop
# runs): an async generator dropped unfinished is closed by a task, unless the loop is closed
def _asyncgen_finalizer_hook(self, agen):
    _forget_asyncgen(self, agen)
    if not self.is_closed():
        closer = _aclose(agen)
        closer.send(None)  # to its first pause, before anything of the generator runs
        self.call_soon(self.create_task, closer)


# the closing task's coroutine (CPython's task runs aclose()'s awaitable itself; the
# playground's tasks run coroutines). It starts paused, so a task cancelled before its first
# step (asyncio.run's end cancels it) still reaches the generator, as CPython's task throws
# the CancelledError into the aclose() awaitable and so into the generator.
async def _aclose(agen):
    try:
        await _Pause()
    except GeneratorExit:  # never run as a task (the loop closed first): nothing to do
        raise
    except BaseException as exc:
        # CPython's throw into an aclose() awaitable that never ran: the exception goes into
        # the generator and the awaitable stays unstarted, so the task's next step starts it,
        # which throws GeneratorExit in where the generator then waits
        if await _ThrowOnce(agen, exc):
            await agen.aclose()
        return
    await agen.aclose()


class _Pause:
    def __await__(self):
        yield


# one step of agen.athrow(exc): True when the generator is then waiting (the task waits too)
class _ThrowOnce:
    def __init__(self, agen, exc):
        self._agen = agen
        self._exc = exc

    def __await__(self):
        try:
            waiting_on = self._agen.athrow(self._exc).send(None)
        except (StopIteration, StopAsyncIteration, GeneratorExit):
            return False
        yield waiting_on
        return True


_set_type_attr(_LoopType, '_asyncgen_finalizer_hook', _asyncgen_finalizer_hook)
del _asyncgen_finalizer_hook


# (at the end of the file: the lines above keep their numbers in tracebacks)
from _asyncio import Future, _set_create_future  # noqa: E402


# as BaseEventLoop.create_future, what the native loop.create_future() calls in debug mode:
# the future's repr then says it was created at this line
def create_future(loop):
    return Future(loop=loop)


_set_create_future(create_future)
del create_future


# (at the end of the file too: the loop's exception handler)
from _asyncio import _logs_natively  # noqa: E402


def _asyncio_logger():
    import logging
    return logging.getLogger('asyncio')


# asyncio's logger.error(text, exc_info=...): the logging module's, unless the program never
# imported it (then it could not have configured it: the run's own sink prints what logging's
# last resort would) or the run shows logged errors itself (transcript, page)
def _log(text, exc_info):
    if _logs_natively():
        exc = exc_info[1] if isinstance(exc_info, tuple) else None
        if exc_info is True:
            import sys
            exc = sys.exception()
        if exc is None:
            _log_error(text)
        else:
            _log_error(text, exc)
    else:
        _asyncio_logger().error(text, exc_info=exc_info)


# as BaseEventLoop.default_exception_handler: the message, then each other key of the context
# sorted (repr of its value), and the exception's traceback
def default_exception_handler(self, context):
    message = context.get('message')
    if not message:
        message = 'Unhandled exception in event loop'
    exception = context.get('exception')
    if exception is not None:
        exc_info = (type(exception), exception, exception.__traceback__)
    else:
        exc_info = False
    log_lines = [message]
    for key in sorted(_add_handle_traceback(self, context)):
        if key in {'message', 'exception'}:
            continue
        log_lines.append(f'{key}: {_context_value(key, context[key])}')
    _log('\n'.join(log_lines), exc_info)


# as BaseEventLoop.call_exception_handler: the handler set_exception_handler gave, else the
# default one; an error in either is logged, never raised (but SystemExit, KeyboardInterrupt)
def call_exception_handler(self, context):
    handler = self.get_exception_handler()
    if handler is None:
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            _log('Exception in default exception handler', True)
        return
    try:
        handler(self, context)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        try:
            self.default_exception_handler({
                'message': 'Unhandled error in exception handler',
                'exception': exc,
                'context': context,
            })
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            _log('Exception in default exception handler while handling an unexpected error '
                 'in custom exception handler', True)


_set_type_attr(_LoopType, 'default_exception_handler', default_exception_handler)
_set_type_attr(_LoopType, 'call_exception_handler', call_exception_handler)
del default_exception_handler, call_exception_handler


# as BaseEventLoop.shutdown_asyncgens: close the async generators still suspended
async def shutdown_asyncgens(self):
    agens = _loop_asyncgens(self)
    if not len(agens):
        return
    outcomes = await gather(*[agen.aclose() for agen in agens], return_exceptions=True)
    for outcome, agen in zip(outcomes, agens):
        if isinstance(outcome, Exception):
            self.call_exception_handler({'message': f'an error occurred during closing of '
                f'asynchronous generator {agen!r}', 'exception': outcome, 'asyncgen': agen})


# as BaseEventLoop.run_in_executor's None: the executor set by set_default_executor, else a
# ThreadPoolExecutor made now (its threads are asyncio_0, asyncio_1, ...; it never queues a call,
# as the oracle's virtual threads)
def _default_executor_for_run(self):
    executor = _loop_default_executor(self)
    if executor is None:
        from concurrent.futures import _DefaultExecutor
        executor = _loop_default_executor(self, _DefaultExecutor())
    return executor


# as BaseEventLoop.set_default_executor (3.11: a ThreadPoolExecutor or an error)
def set_default_executor(self, executor):
    from concurrent.futures import ThreadPoolExecutor
    if not isinstance(executor, ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    _loop_default_executor(self, executor)


# run_in_executor with an executor that is not one of the playground's pools: as CPython,
# wrap_future(executor.submit(func, *args))
def _run_in_foreign_executor(self, executor, func, *args):
    return _wrap_future(executor.submit(func, *args), self)


# as futures.wrap_future + _chain_future: an asyncio future that follows a concurrent one (a
# pool's future ends at a known time on the virtual clock: it is copied then)
def _wrap_future(source, loop):
    if isfuture(source):
        return source
    import concurrent.futures
    assert isinstance(source, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {source!r}'
    dest = loop.create_future()

    def copy_state(source=source):
        if dest.cancelled():
            return
        if source.cancelled():
            dest.cancel()
            return
        exc = source.exception()
        if exc is not None:
            dest.set_exception(exc)
        else:
            dest.set_result(source.result())

    def cancel_source(dest):
        if dest.cancelled():
            source.cancel()

    dest.add_done_callback(cancel_source)
    if not source.done() and source._end is not None:
        loop.call_at(source._end, copy_state)
    else:
        source.add_done_callback(
            lambda source: None if loop.is_closed() else loop.call_soon_threadsafe(copy_state))
    return dest


# as BaseEventLoop.shutdown_default_executor: CPython shuts the default executor down in a
# thread of its own ('Thread-N (_do_shutdown)', which takes a number of threading's count) and
# waits for it. The playground's threads are finished when they return, so the one it made
# has nothing to wait for; an executor given to set_default_executor has its shutdown(wait=True)
# called in a virtual thread, and the loop waits until that thread's end. asyncio.run runs this
# as a task, as CPython does (it takes a Task-N number).
async def shutdown_default_executor(self):
    executor = _loop_default_executor(self)
    if executor is None:
        return
    import threading
    thread = threading.Thread(target=executor.shutdown, name=threading._newname(
        'Thread-%d (_do_shutdown)'))
    if isinstance(executor, _DefaultExecutorType()):
        executor.shutdown(wait=False)
        return
    thread.start()
    delay = thread._end - self.time()
    if delay > 0:
        from asyncio.tasks import sleep
        await sleep(delay)


_native_close = _LoopType.close


# as BaseEventLoop.close: the default executor is shut down without waiting
def close(self):
    was_closed = self.is_closed()
    _native_close(self)
    executor = _loop_default_executor(self)
    if executor is not None and not was_closed:
        _loop_default_executor(self, None)
        executor.shutdown(wait=False)


def _DefaultExecutorType():
    from concurrent.futures import _DefaultExecutor
    return _DefaultExecutor


for _method in (shutdown_asyncgens, shutdown_default_executor, _default_executor_for_run,
                set_default_executor, _run_in_foreign_executor, close):
    _method.__qualname__ = 'BaseEventLoop.' + _method.__name__
    _set_type_attr(_LoopType, _method.__name__, _method)
del shutdown_asyncgens, shutdown_default_executor, _default_executor_for_run
del set_default_executor, _run_in_foreign_executor, close, _method


# Signals (unix_events._UnixSelectorEventLoop): a program sends itself one with
# signal.raise_signal. CPython's C handler writes the number to the loop's self-pipe; the next
# iteration's select finds it (after the callbacks already queued) and its reader queues the
# handler's callback, which runs one iteration later. Here the self-pipe's reader is a timer
# due at once (queued at the same place), and signal.py tells the loops with handlers.
from _asyncio import iscoroutine, iscoroutinefunction  # noqa: E402

_signal_handlers = {}  # loop -> {signal number: (callback, args)}


def _sighandler_noop(signum, frame):
    pass


def _check_signal(signal, sig):
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


# as _UnixSelectorEventLoop.add_signal_handler
def add_signal_handler(self, sig, callback, *args):
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    import signal
    _check_signal(signal, sig)
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    handlers = _signal_handlers.setdefault(self, {})
    handlers[sig] = (callback, args)
    if self not in signal._wakeup_loops:
        signal._wakeup_loops.append(self)
    try:
        signal.signal(sig, _sighandler_noop)
    except OSError:
        del handlers[sig]
        if not handlers:
            _forget_signals(signal, self)
        raise RuntimeError(f'sig {sig:d} cannot be caught')


# as _UnixSelectorEventLoop.remove_signal_handler
def remove_signal_handler(self, sig):
    import signal
    _check_signal(signal, sig)
    handlers = _signal_handlers.get(self, {})
    if sig not in handlers:
        return False
    del handlers[sig]
    signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
    if not handlers:
        _forget_signals(signal, self)
    return True


def _forget_signals(signal, loop):
    _signal_handlers.pop(loop, None)
    if loop in signal._wakeup_loops:
        signal._wakeup_loops.remove(loop)


# signal.raise_signal -> the loop: a closed loop gives its signals back (as its close() does);
# else the self-pipe's reader runs at the next iteration
def _signal_arrived(self, sig):
    if self.is_closed():
        import signal
        for number in list(_signal_handlers.get(self, {})):
            remove_signal_handler(self, number)
        _forget_signals(signal, self)
        return
    self.call_at(self.time(), _read_signal, self, sig)


# as _UnixSelectorEventLoop._handle_signal
def _read_signal(loop, sig):
    entry = _signal_handlers.get(loop, {}).get(sig)
    if entry is not None:
        loop.call_soon(entry[0], *entry[1])


for _method in (add_signal_handler, remove_signal_handler, _signal_arrived):
    _method.__qualname__ = '_UnixSelectorEventLoop.' + _method.__name__
    _set_type_attr(_LoopType, _method.__name__, _method)
del add_signal_handler, _method


# run_until_complete's own task for a coroutine: CPython does not report it as "destroyed
# but pending" (the loop stopped around it)
def _task_made_here(coro, loop):
    task = ensure_future(coro, loop=loop)
    task._log_destroy_pending = False
    return task


# (at the end of the file too: debug mode's creation stacks)
from _asyncio import Handle, _current_handle, _source_frames  # noqa: E402


# _source_traceback of a future, task or handle: the frames running when it was made (debug
# mode), a traceback.StackSummary outermost first; None outside debug mode
def _source_traceback(self):
    frames = _source_frames(self)
    if frames is None:
        return None
    from traceback import FrameSummary, StackSummary
    return StackSummary(FrameSummary(f, n, name, lookup_line=False) for f, n, name in frames)


_set_type_attr(Future, '_source_traceback', property(_source_traceback))
_set_type_attr(Handle, '_source_traceback', property(_source_traceback))
del _source_traceback


# default_exception_handler's: in debug mode, a context that does not say where its object was
# made gets where the running callback was scheduled
def _add_handle_traceback(loop, context):
    if 'source_traceback' not in context:
        handle = _current_handle(loop)
        if handle is not None and handle._source_traceback:
            context['handle_traceback'] = handle._source_traceback
    return context


# default_exception_handler's text for one key of the context
def _context_value(key, value):
    if key in ('source_traceback', 'handle_traceback'):
        from traceback import format_list
        head = 'Object' if key == 'source_traceback' else 'Handle'
        return (head + ' created at (most recent call last):\n' +
                ''.join(format_list(value)).rstrip())
    return repr(value)
