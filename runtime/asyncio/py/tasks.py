"""asyncio.tasks: making tasks and waiting for several things at once (CPython's
asyncio/tasks.py). Task itself, all_tasks and current_task are native (_asyncio: tasks.cpp).

What matters here is the order in which futures are made, callbacks are added and handles are
scheduled: it decides the order of the program's output, so each function below makes them in
the order CPython's does. The _trace_* calls tell the trace what a task waits on and how the
callbacks read (runtime/asyncio/trace_contract.h); they change nothing else.
"""
from _asyncio import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, CancelledError,
                      _GatheringFuture, _sleep0, _trace_callback, _trace_wait, get_event_loop,
                      get_running_loop, iscoroutine, isfuture)
from asyncio.futures import _set_result_unless_cancelled
from asyncio.queues import Queue


# as tasks.create_task
def create_task(coro, *, name=None, context=None):
    task = get_running_loop().create_task(coro, context=context)
    # 3.11 names the task after it exists, so an unnamed Task-N number is used up either way
    if name is not None:
        task.set_name(name)
    return task


# as tasks._wrap_awaitable: a coroutine around any object with __await__
async def _wrap_awaitable(awaitable):
    return await awaitable


# as tasks.ensure_future / _ensure_future
def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and coro_or_future.get_loop() is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if not hasattr(coro_or_future, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        # a closed loop: close the caller's coroutine so it is not reported as never awaited
        if not wrapped:
            coro_or_future.close()
        raise


# as tasks.sleep
async def sleep(delay, result=None):
    if delay <= 0:
        # one bare yield: the task goes to the back of the ready queue (tasks.__sleep0)
        await _sleep0()
        return result
    loop = get_running_loop()
    wakeup = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, wakeup, result)
    _trace_wait('Sleep', None, timer, None, delay)
    try:
        return await wakeup
    finally:
        # a cancelled sleep must not leave its timer in the heap
        timer.cancel()


# as tasks._release_waiter: wakes a waiter future once; later calls do nothing
def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


_trace_callback(_release_waiter, 'the end of a timeout')


# as tasks.wait_for
async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        # no time at all: done already, or cancelled now and reported as a timeout
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        _trace_wait('WaitFor', fut)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    deadline = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(f):
        _release_waiter(waiter)

    _trace_callback(on_done, "wait_for's done callback")
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(on_done)
    _trace_wait('WaitFor', fut, deadline)
    try:
        try:
            await waiter
        except CancelledError:
            # wait_for itself was cancelled. If the inner future finished in the same loop
            # turn its result wins; otherwise it is cancelled too and the cancel goes on.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        # The deadline came first. Cancel the inner future and wait until it is really
        # finished, so nothing of it still runs after wait_for returns. If it swallowed the
        # cancellation, its result is returned after all.
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        deadline.cancel()


# as tasks._cancel_and_wait: cancel `fut` and wait until it has finished
async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def on_done(f):
        _release_waiter(waiter)

    _trace_callback(on_done, 'the end of a cancellation')
    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(on_done)


# as tasks.wait: the argument checks, then _wait
async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    # CPython makes a set; a list without duplicates keeps the order the same in every run
    fs = list(dict.fromkeys(fs))
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(fs, timeout, return_when, get_running_loop())


# as tasks._wait
async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    deadline = None
    if timeout is not None:
        deadline = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        finished = (remaining <= 0 or return_when == FIRST_COMPLETED or
                    (return_when == FIRST_EXCEPTION and not f.cancelled() and
                     f.exception() is not None))
        if finished:
            if deadline is not None:
                deadline.cancel()
            if not waiter.done():
                waiter.set_result(None)

    _trace_callback(on_completion, "wait's done callback")
    for f in fs:
        f.add_done_callback(on_completion)
    _trace_wait('Wait', fs, deadline)
    try:
        await waiter
    finally:
        if deadline is not None:
            deadline.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


# as tasks.as_completed: an iterator of coroutines, each waiting for the next future to finish
def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    finished = Queue()
    loop = get_event_loop()
    # CPython keeps a set; a list without duplicates is the same in every run
    todo = list(dict.fromkeys(ensure_future(f, loop=loop) for f in dict.fromkeys(fs)))
    deadline = None

    def on_timeout():
        # every coroutine still to come raises TimeoutError (None stands for the timeout)
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and deadline is not None:
            deadline.cancel()

    async def next_done():
        _trace_wait('Wait', todo, None, 'as_completed(...)')
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    _trace_callback(on_timeout, 'the end of a timeout')
    _trace_callback(on_completion, "as_completed's done callback")
    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        deadline = loop.call_later(timeout, on_timeout)
    return (next_done() for _ in range(len(todo)))


# as tasks.gather: one future for the results of all, in the order of the arguments
def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []    # one future per argument (a repeated argument repeats its future)
    count = 0        # distinct futures
    done_count = 0   # of them finished
    outer = None     # made once every child exists

    def on_child_done(fut):
        nonlocal done_count
        done_count += 1
        if outer is None or outer.done():
            # too late to matter; retrieve the exception so it is not logged as never retrieved
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            # the first failure (or cancellation) of a child is gather's result
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if done_count < count:
            return
        results = []
        for fut in children:
            if fut.cancelled():
                message = fut._cancel_message
                results.append(CancelledError('' if message is None else message))
            else:
                exc = fut.exception()
                results.append(fut.result() if exc is None else exc)
        if outer._cancel_requested:
            # gather() was cancelled while a child swallowed its cancellation. As in CPython,
            # the error is made from the last child of the loop above.
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(results)

    _trace_callback(on_child_done, "gather's done callback")
    future_of = {}
    loop = None
    for arg in coros_or_futures:
        if arg in future_of:
            children.append(future_of[arg])
            continue
        fut = ensure_future(arg, loop=loop)
        if loop is None:
            loop = fut.get_loop()
        count += 1
        future_of[arg] = fut
        fut.add_done_callback(on_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    return outer


# as tasks.shield: a new future that follows `arg` but whose cancellation does not reach it
def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            # nobody waits any more; retrieve the exception so it is not logged
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(exc)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    _trace_callback(inner_done, "shield's inner done callback")
    _trace_callback(outer_done, "shield's outer done callback")
    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# Untraced, gather runs natively (runtime/asyncio/gather_fast.cpp) when its arguments are
# coroutines and futures of the running loop, doing what the function above does; otherwise it
# calls the function above. Set here, at the end, so the lines above keep their numbers.
def _install_fast_gather():
    try:
        from _asyncio import _fast_gather
    except ImportError:  # (the wasm build has no fast paths: its page always traces)
        return gather
    return _fast_gather(gather)


gather = _install_fast_gather()


# Untraced, `await sleep(0)` on a running loop is the one bare yield of _sleep0 without sleep's
# coroutine, and create_task(coro) makes the task without the frame of create_task above
# (runtime/asyncio/fast_await.cpp); any other call is the function above.
def _install_fast_sleep():
    try:
        from _asyncio import _fast_create_task, _fast_sleep
    except ImportError:  # (the wasm build has no fast paths: its page always traces)
        return sleep, create_task
    return _fast_sleep(sleep), _fast_create_task(create_task)


sleep, create_task = _install_fast_sleep()
