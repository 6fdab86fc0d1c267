#!/usr/bin/env python3
"""CPython 3.11 oracle for Loopscope: run an asyncio script on a virtual clock.

Runs a Python script under CPython 3.11 with the rules of
shared/spec/SEMANTICS.md ("The virtual clock") and prints its transcript:

    [T] line                     one per stdout line, T = clock when the line started (%.3f)
    !error ExcType: message      an uncaught exception ended the script
    !warning Category: message   a warning (RuntimeWarning never-awaited, ...) or a
                                 message logged by the `asyncio` logger (first line)
    !deadlock                    nothing ready, no timer, the loop still waiting

Usage:
    python3 tools/cpython_oracle.py SCRIPT.py                   transcript on stdout
    python3 tools/cpython_oracle.py run --transcript SCRIPT.py  same (the loopscope CLI's form,
                                                                so tools/conformance.py can
                                                                check the oracle itself)
    python3 tools/cpython_oracle.py run SCRIPT.py               plain output: stdout as the
                                                                script wrote it, `!` lines on stderr
    option --out FILE writes the transcript to FILE instead of stdout.

The script runs as `__main__` with `__file__` and code filename exactly as given (the
conformance tools pass the bare file name and run from the script's folder, so reprs and
"at FILE:LINE" texts do not depend on where the repository lives).

How the rules are realised (SEMANTICS.md numbers in brackets):
- VirtualEventLoop subclasses asyncio's BaseEventLoop. time() reads one global clock [1];
  _run_once mirrors base_events._run_once but, instead of selecting, sets the clock to the
  earliest timer's deadline and moves every timer whose deadline <= now to the ready
  queue [2]. Timers are _SeqTimerHandle ordered by (deadline, sequence) [3]. Nothing ready
  and no timer (or only timers at +inf, e.g. sleep(math.inf)) -> `!deadlock` and the
  process ends (CPython would hang) [8].
- time.time/monotonic/perf_counter/localtime/gmtime/strftime/ctime/asctime are patched [4];
  time.sleep advances the clock at once [5].
- run_in_executor (and so asyncio.to_thread) runs f at once in a "virtual thread": the
  running loop is hidden, time.sleep adds to the thread's elapsed time, and time and print
  stamps inside the thread read start + elapsed; the future is completed by
  call_later(elapsed) [6]. Inside it, threading.current_thread()/get_ident()/get_native_id()
  name the executor's worker as CPython would (asyncio_0, ThreadPoolExecutor-0_0, ...: an idle
  worker if there is one, else a new one); an executor that is not a concurrent.futures pool
  gets CPython's own wrap_future(executor.submit(...)).
- random.seed(0) just before the script [7].
Where CPython iterates a set of tasks (so its order is arbitrary, decided by memory
addresses), the oracle uses task creation order so every run gives the same transcript:
asyncio.run's final cancellation of leftover tasks, TaskGroup's cancellation of siblings,
shutdown of leftover async generators, and as_completed's wrapping of coroutines.
The process re-executes itself once with PYTHONHASHSEED=0 and TZ=UTC for the same reason.
"""

import os
import sys

_CHILD_MARK = "LOOPSCOPE_ORACLE_CHILD"


def _reexec_with_stable_env():
    """Re-run this process with a fixed hash seed and time zone (and no PYTHON* options)."""
    if os.environ.get(_CHILD_MARK) == "1":
        return
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update({_CHILD_MARK: "1", "PYTHONHASHSEED": "0", "TZ": "UTC",
                "PYTHONIOENCODING": "utf-8"})
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("cpython_oracle: needs CPython 3.11 (this is %s)\n" % sys.version.split()[0])
        sys.exit(2)
    _reexec_with_stable_env()

import asyncio  # noqa: E402  (after the re-exec on purpose)
import builtins  # noqa: E402
import concurrent.futures  # noqa: E402
import contextvars  # noqa: E402
import gc  # noqa: E402
# CPython's own glob, pathlib, shutil and tempfile, imported before runtime/world/py joins the
# path: the world's files of those names (the playground's, over its simulated disk) must not
# replace them
import glob  # noqa: E402,F401
import pathlib  # noqa: E402,F401
import shutil  # noqa: E402,F401
import tempfile  # noqa: E402,F401
import heapq  # noqa: E402
import io  # noqa: E402
import itertools  # noqa: E402
import logging  # noqa: E402
import math  # noqa: E402
import operator  # noqa: E402
import random  # noqa: E402
import sysconfig  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import types  # noqa: E402
import warnings  # noqa: E402
import weakref  # noqa: E402
from asyncio import base_events, coroutines, events, futures, runners, taskgroups, tasks  # noqa: E402

WORLD_PY = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "runtime", "world", "py")
STDLIB_PREFIX = os.path.join(sysconfig.get_paths()["stdlib"], "")  # .../lib/python3.11/
EPOCH = 1767225600.0  # 2026-01-01 00:00:00 UTC, what time.time() reads at clock 0 [4]


# ---------------------------------------------------------------------------------------------
# [SECTION] Transcript output
# ---------------------------------------------------------------------------------------------
class Transcript:
    """Writes transcript lines to a binary stream (plain mode: raw stdout, `!` lines to stderr)."""

    def __init__(self, out, plain):
        self.out = out  # binary stream receiving the transcript
        self.plain = plain  # True: no [T] stamps, problems go to stderr

    def stdout_line(self, stamp, text):
        if self.plain:
            self._write(self.out, text + "\n")
        else:
            self._write(self.out, "[%.3f] %s\n" % (stamp, text))

    def problem(self, text):
        self._write(sys.__stderr__.buffer if self.plain else self.out, text + "\n")

    @staticmethod
    def _write(stream, text):
        # CPython's own library files by their name under the library folder
        # (asyncio/tasks.py:384), as the playground names its own (tests/conformance/README.md)
        text = text.replace(STDLIB_PREFIX, "")
        stream.write(text.encode("utf-8", "backslashreplace"))
        stream.flush()


TRANSCRIPT = None  # the Transcript of this run, set by main()


# ---------------------------------------------------------------------------------------------
# [SECTION] Virtual clock and virtual threads
# ---------------------------------------------------------------------------------------------
class VirtualThread:
    """A function running under run_in_executor/to_thread: its own elapsed time [6]."""

    def __init__(self, start, worker=None):
        self.start = start  # global clock when the thread started
        self.elapsed = 0.0  # sum of time.sleep calls made inside the thread
        self.worker = worker  # the WorkerThread it runs in (None: unnamed)


class WorkerThread(threading.Thread):
    """An executor's worker as threading sees it from inside a virtual thread: its name
    (asyncio_0, ThreadPoolExecutor-0_0, ...) and an ident of its own; never started for real."""

    _next_ident = itertools.count(1)

    def __init__(self, name):
        super().__init__(name=name)
        n = next(self._next_ident)
        self._ident = threading.main_thread().ident + 8_392_704 * n
        self._native_id = threading.main_thread().native_id + n
        self._started.set()


def _pick_worker(executor, prefix):
    """The worker of `executor` a call submitted now runs in: the one idle the longest, else a
    new one (as ThreadPoolExecutor._adjust_thread_count; the oracle's calls never queue)."""
    workers = executor.__dict__.setdefault("_oracle_workers", [])  # [free_at, WorkerThread]
    idle = [(w[0], i) for i, w in enumerate(workers) if w[0] <= CLOCK.now]
    if idle:
        return workers[min(idle)[1]]
    worker = [CLOCK.now, WorkerThread("%s_%d" % (prefix, len(workers)))]
    workers.append(worker)
    return worker


_real_current_thread = threading.current_thread
_real_get_ident = threading.get_ident
_real_get_native_id = threading.get_native_id


def _worker():
    return CLOCK.thread.worker if CLOCK.thread is not None else None


def install_thread_patches():
    """threading's view from a virtual thread: current_thread, get_ident, get_native_id."""
    threading.current_thread = threading.currentThread = \
        lambda: _worker() or _real_current_thread()
    threading.get_ident = lambda: _worker().ident if _worker() else _real_get_ident()
    threading.get_native_id = lambda: _worker().native_id if _worker() else _real_get_native_id()


class VirtualClock:
    def __init__(self):
        self.now = 0.0  # seconds since the run started; never goes back [1]
        self.thread = None  # VirtualThread while one runs, else None

    def current(self):
        """What 'now' means for the code running at this moment (thread-local in a thread)."""
        if self.thread is not None:
            return self.thread.start + self.thread.elapsed
        return self.now


CLOCK = VirtualClock()

_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_asctime = time.asctime


def _sleep(secs):
    """time.sleep: blocks, so the clock (or the virtual thread's time) advances at once [5]."""
    if not isinstance(secs, float):
        secs = operator.index(secs)  # TypeError with CPython's wording for str & co.
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if CLOCK.thread is not None:
        CLOCK.thread.elapsed += secs
    else:
        CLOCK.now += secs


def _time():
    return EPOCH + CLOCK.current()


def _ns(seconds):
    return int(round(seconds * 1e9))


def _gmtime(secs=None):
    return _real_gmtime(_time() if secs is None else secs)


def _strftime(fmt, t=None):
    return _real_strftime(fmt, _gmtime() if t is None else t)


def _asctime(t=None):
    return _real_asctime(_gmtime() if t is None else t)


def _ctime(secs=None):
    return _real_asctime(_gmtime(secs))


def install_time_patches():
    time.sleep = _sleep
    time.time = _time
    time.time_ns = lambda: int(EPOCH) * 1_000_000_000 + _ns(CLOCK.current())
    time.monotonic = CLOCK.current
    time.monotonic_ns = lambda: _ns(CLOCK.current())
    time.perf_counter = CLOCK.current
    time.perf_counter_ns = lambda: _ns(CLOCK.current())
    time.gmtime = _gmtime
    time.localtime = _gmtime  # local time is UTC in the playground [4]
    time.strftime = _strftime
    time.asctime = _asctime
    time.ctime = _ctime


# ---------------------------------------------------------------------------------------------
# [SECTION] Event loop
# ---------------------------------------------------------------------------------------------
_timer_seq = itertools.count()
_task_seq = itertools.count()
_task_order = weakref.WeakKeyDictionary()  # task -> creation number
_agen_seq = itertools.count()
_agen_order = weakref.WeakKeyDictionary()  # async generator -> first-iteration number


def _creation_key(task):
    return _task_order.get(task, float("inf"))


class _SeqTimerHandle(events.TimerHandle):
    """TimerHandle ordered by (deadline, scheduling sequence): equal deadlines are FIFO [3]."""

    __slots__ = ("_seq",)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._seq = next(_timer_seq)

    def __lt__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) <= (other._when, other._seq)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) > (other._when, other._seq)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) >= (other._when, other._seq)
        return NotImplemented


# its repr names it as CPython's own timers: <TimerHandle when=...>
_SeqTimerHandle.__name__ = _SeqTimerHandle.__qualname__ = "TimerHandle"


def _finish_virtual_thread(fut, ok, value):
    # as futures._copy_future_state: a cancelled destination is left alone
    if fut.cancelled():
        return
    if ok:
        fut.set_result(value)
    else:
        fut.set_exception(value)


def report_deadlock():
    """Rule 8: CPython would hang here; report it and end the whole run at once."""
    STDOUT.flush_partial()
    TRANSCRIPT.problem("!deadlock")
    os._exit(0)


class VirtualEventLoop(base_events.BaseEventLoop):
    """asyncio's BaseEventLoop on the virtual clock (no selector, no I/O)."""

    def __init__(self):
        super().__init__()
        self._clock_resolution = 0.0

    def time(self):
        return CLOCK.now

    # as BaseEventLoop._check_thread (debug mode): a virtual thread is another thread
    def _check_thread(self):
        if CLOCK.thread is not None:
            raise RuntimeError("Non-thread-safe operation invoked on an event loop other "
                               "than the current one")
        super()._check_thread()

    # as base_events.BaseEventLoop.call_at, with the (deadline, sequence) timer
    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = _SeqTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            # the frames of _SeqTimerHandle.__init__ and of this call_at: as in CPython, the
            # handle was "created at" the caller of call_at (call_later drops its own frame)
            del timer._source_traceback[-2:]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    # The simulated network (runtime/world/py/loopscope_net.py, docs/world.md): CPython's own
    # asyncio.streams (open_connection, start_server) run over the in-memory transports that
    # Loopscope's streams use, on the virtual clock.
    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        import loopscope_net
        return await loopscope_net.create_connection(self, protocol_factory, host, port,
                                                     **kwargs)

    async def create_server(self, protocol_factory, host=None, port=None, **kwargs):
        import loopscope_net
        return await loopscope_net.create_server(self, protocol_factory, host, port, **kwargs)

    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        if task._source_traceback:
            del task._source_traceback[-1]  # this override's frame: "created at" names the caller
        _task_order[task] = next(_task_seq)
        return task

    def run_in_executor(self, executor, func, *args):
        """Rule 6: call func now in a virtual thread; complete the future `elapsed` later.
        An executor that is not a concurrent.futures pool gets CPython's own
        wrap_future(executor.submit(func, *args))."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:  # as CPython, never used for a call here
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        if isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            worker = _pick_worker(executor, executor._thread_name_prefix)
        elif isinstance(executor, concurrent.futures.ProcessPoolExecutor):
            worker = None
        else:
            return futures.wrap_future(executor.submit(func, *args), loop=self)
        fut = self.create_future()
        thread = VirtualThread(CLOCK.now, worker and worker[1])
        outer_thread = CLOCK.thread
        outer_loop = events._get_running_loop()
        CLOCK.thread = thread
        events._set_running_loop(None)  # a real worker thread has no running loop
        try:
            value = contextvars.copy_context().run(func, *args)
            ok = True
        except BaseException as exc:  # concurrent.futures stores any exception too
            value, ok = exc, False
        finally:
            CLOCK.thread = outer_thread
            events._set_running_loop(outer_loop)
        if worker is not None:
            worker[0] = CLOCK.now + thread.elapsed
        self.call_later(thread.elapsed, _finish_virtual_thread, fut, ok, value)
        return fut

    # as BaseEventLoop.shutdown_default_executor, without a real thread: the executor's
    # shutdown(wait=True) is called here (its calls ran already), and the thread CPython would
    # start for it still takes its number from threading's count ('Thread-N (_do_shutdown)')
    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        threading._newname("Thread-%d (_do_shutdown)")
        self._default_executor.shutdown(wait=True)

    def _asyncgen_firstiter_hook(self, agen):
        _agen_order[agen] = next(_agen_seq)
        super()._asyncgen_firstiter_hook(agen)

    # as base_events.BaseEventLoop.shutdown_asyncgens, closing in first-iteration order
    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = sorted(self._asyncgens, key=lambda ag: _agen_order.get(ag, float("inf")))
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    def _write_to_self(self):
        pass  # nothing to wake: there is no selector

    def _process_events(self, event_list):
        pass

    # as base_events.BaseEventLoop._run_once, with the select step replaced by a clock jump
    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > base_events._MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        if not self._ready and not self._stopping:
            # a timer at +inf never fires: CPython would wait forever, so that is a deadlock too
            if self._scheduled and self._scheduled[0]._when != math.inf:
                when = self._scheduled[0]._when
                if when > CLOCK.now:
                    CLOCK.now = when  # set to the deadline, not advanced by a difference [2]
            else:
                report_deadlock()

        end_time = CLOCK.now
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when > end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    handle._run()
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        base_events.logger.warning("Executing %s took %.3f seconds",
                                                   base_events._format_handle(handle), dt)
                finally:
                    self._current_handle = None
            else:
                handle._run()
        handle = None


class VirtualEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualEventLoop


# as runners._cancel_all_tasks, cancelling in task creation order (CPython: set order)
def _cancel_all_tasks(loop):
    to_cancel = sorted(tasks.all_tasks(loop), key=_creation_key)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


# as taskgroups.TaskGroup._abort, cancelling in task creation order (CPython: set order)
def _taskgroup_abort(self):
    self._aborting = True
    for t in sorted(self._tasks, key=_creation_key):
        if not t.done():
            t.cancel()


_orig_as_completed = tasks.as_completed


# as tasks.as_completed, wrapping coroutines into tasks in argument order (CPython: set order)
def _as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    fs = list(dict.fromkeys(fs))
    if not all(futures.isfuture(f) for f in fs):
        loop = events._get_event_loop()
        fs = [tasks.ensure_future(f, loop=loop) for f in fs]
    return (yield from _orig_as_completed(fs, timeout=timeout))


_as_completed.__doc__ = _orig_as_completed.__doc__
_as_completed.__name__ = "as_completed"
_as_completed.__qualname__ = "as_completed"
_as_completed.__module__ = "asyncio.tasks"


def install_asyncio_patches():
    asyncio.set_event_loop_policy(VirtualEventLoopPolicy())
    runners._cancel_all_tasks = _cancel_all_tasks
    taskgroups.TaskGroup._abort = _taskgroup_abort
    tasks.as_completed = _as_completed
    asyncio.as_completed = _as_completed


# ---------------------------------------------------------------------------------------------
# [SECTION] stdout capture, warnings, asyncio logger
# ---------------------------------------------------------------------------------------------
class StdoutCapture(io.TextIOBase):
    """sys.stdout for the script: each line is stamped with the clock when it started."""

    def __init__(self):
        super().__init__()
        self._parts = []  # pieces of the current, unfinished line
        self._stamp = None  # clock when the current line started, None if no line started

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        start = 0
        while start < len(s):
            if self._stamp is None:
                self._stamp = CLOCK.current()
            nl = s.find("\n", start)
            if nl < 0:
                self._parts.append(s[start:])
                break
            self._parts.append(s[start:nl])
            self._emit()
            start = nl + 1
        return len(s)

    def _emit(self):
        TRANSCRIPT.stdout_line(self._stamp, "".join(self._parts))
        self._parts = []
        self._stamp = None

    def flush_partial(self):
        """A line the script left unfinished still counts as a line."""
        if self._stamp is not None:
            self._emit()

    def flush(self):
        pass


STDOUT = StdoutCapture()


def _first_line(text):
    return str(text).split("\n", 1)[0]


def _showwarning(message, category, filename, lineno, file=None, line=None):
    TRANSCRIPT.problem(f"!warning {category.__name__}: {_first_line(message)}")


class _AsyncioLogHandler(logging.Handler):
    """asyncio's logged errors ('Task exception was never retrieved', ...): first line only."""

    def emit(self, record):
        try:
            msg = record.getMessage()
        except Exception:
            msg = str(record.msg)
        TRANSCRIPT.problem(f"!warning {_first_line(msg)}")


def _unraisablehook(unraisable):
    exc = unraisable.exc_value
    text = traceback.format_exception_only(type(exc), exc)[0] if exc is not None else "?"
    TRANSCRIPT.problem(f"!warning Exception ignored: {_first_line(text.rstrip())}")


def install_output_hooks():
    warnings.showwarning = _showwarning
    log = logging.getLogger("asyncio")
    log.addHandler(_AsyncioLogHandler(logging.WARNING))
    log.propagate = False
    sys.unraisablehook = _unraisablehook
    sys.stdout = STDOUT


# ---------------------------------------------------------------------------------------------
# [SECTION] Running the script
# ---------------------------------------------------------------------------------------------
def error_line(exc):
    """The last line of CPython's traceback: `ExcType: message` (first line of a long message)."""
    lines = traceback.format_exception_only(type(exc), exc)
    text = lines[-1] if isinstance(exc, SyntaxError) else lines[0]
    return "!error " + text.rstrip("\n").split("\n", 1)[0]


def run_script(path):
    with open(path, "rb") as f:
        source = f.read()
    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__cached__ = None
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    # the simulated world's libraries (aiohttp, requests, ...: docs/world.md), the very files
    # Loopscope embeds, ahead of anything installed
    sys.path.insert(1, WORLD_PY)
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    # ... and the built-in open() reads and writes the world's in-memory file system, not the disk
    real_open = builtins.open
    builtins.open = _world_open

    error = None
    try:
        code = compile(source, path, "exec", dont_inherit=True)
        random.seed(0)  # [7]
        exec(code, module.__dict__)
    except SystemExit as exc:
        if exc.code is not None and not isinstance(exc.code, int):
            sys.__stderr__.write(f"{exc.code}\n")
    except BaseException as exc:  # noqa: B902 - any uncaught exception ends the script
        error = error_line(exc)
        exc.__traceback__ = None
        del exc
    STDOUT.flush_partial()
    if error is not None:
        TRANSCRIPT.problem(error)
    # What interpreter shutdown would do: drop the script's objects so never-awaited
    # coroutines and never-retrieved task exceptions are reported while the hooks are on.
    module.__dict__.clear()
    module = None
    gc.collect()
    STDOUT.flush_partial()
    builtins.open = real_open


def _world_open(*args, **kwargs):
    """The playground's open(): a file of the simulated world (runtime/world, docs/world.md)."""
    import loopscope_world
    return loopscope_world.open_file(*args, **kwargs)


def parse_args(argv):
    usage = ("usage: cpython_oracle.py [run [--transcript]] SCRIPT.py [--out FILE]\n")
    plain, out, script = False, None, None
    args = list(argv)
    if args and args[0] == "run":
        args.pop(0)
        plain = "--transcript" not in args
        args = [a for a in args if a != "--transcript"]
    i = 0
    while i < len(args):
        if args[i] == "--out" and i + 1 < len(args):
            out = args[i + 1]
            i += 2
            continue
        if args[i].startswith("-") or script is not None:
            sys.stderr.write(usage)
            sys.exit(2)
        script = args[i]
        i += 1
    if script is None:
        sys.stderr.write(usage)
        sys.exit(2)
    return plain, out, script


def main(argv):
    global TRANSCRIPT
    plain, out_path, script = parse_args(argv)
    if not os.path.isfile(script):
        sys.stderr.write(f"cpython_oracle: can't open file '{script}'\n")
        return 2
    out = open(out_path, "wb") if out_path else sys.__stdout__.buffer
    TRANSCRIPT = Transcript(out, plain)
    install_time_patches()
    install_thread_patches()
    install_asyncio_patches()
    install_output_hooks()
    run_script(script)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
