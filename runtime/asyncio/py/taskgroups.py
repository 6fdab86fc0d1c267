"""asyncio.taskgroups: TaskGroup (CPython's asyncio/taskgroups.py). Leaving `async with`
waits for every task of the group; the first failure cancels the others and the parent, and
the failures come out together as an ExceptionGroup."""
from _asyncio import (CancelledError, _trace_callback, _trace_wait, current_task,
                      get_running_loop)


# as taskgroups.TaskGroup
class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False   # __aexit__ has begun
        self._aborting = False  # the tasks were cancelled because one failed
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False  # we cancelled the parent ourselves
        self._tasks = {}  # pending tasks (a dict keeps their order)
        self._errors = []
        self._base_error = None  # a SystemExit / KeyboardInterrupt from a task or the body
        self._on_completed_fut = None  # what __aexit__ awaits until the last task is done

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ''.join(' ' + p for p in parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    # as TaskGroup.__aexit__
    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        # The parent was cancelled by us (a task failed): that cancellation is ours to take
        # back, unless someone else cancelled the parent too.
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            _trace_wait('TaskGroup', self._tasks)
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                # cancelled while waiting: cancel the tasks too, and remember to re-raise
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # a cancellation goes on only when no task failed (the failures say more)
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors) from None
            finally:
                self._errors = None  # no reference cycle through the traceback

    # as TaskGroup.create_task
    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in list(self._tasks):
            if not task.done():
                task.cancel()

    # as TaskGroup._on_task_done
    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if not self._tasks and self._on_completed_fut is not None:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            # nobody is left to raise it to
            # (reported by _orphan_error, at the end of the file)
            _orphan_error(self._loop, task, self._parent_task, exc)
            return
        # The first failure cancels the other tasks and interrupts the parent's body, which
        # then reaches __aexit__ and collects everything.
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


_trace_callback(TaskGroup._on_task_done, "the task group's done callback")


# (at the end of the file: the lines above keep their numbers in tracebacks)
# as TaskGroup._on_task_done's report of a task failing after its parent task finished
def _orphan_error(loop, task, parent, exc):
    loop.call_exception_handler({
        'message': f'Task {task!r} has errored out but its parent '
                   f'task {parent} is already completed',
        'exception': exc,
        'task': task,
    })
