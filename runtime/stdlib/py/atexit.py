"""atexit: functions to call when the program ends, as CPython 3.11 calls them: last registered
first, after the main program (and after an uncaught exception's traceback), before the
program's remaining objects are finalized."""

import sys as _sys

_callbacks = []  # (function, args, kwargs), in registration order


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


# as atexit_callfuncs: each in turn, last first; an exception is reported and the rest still
# run; SystemExit from a callback ends nothing either
def _run_exitfuncs():
    import traceback
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            # the report starts at the function, as CPython calls it from C
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next)
