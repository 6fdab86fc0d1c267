"""signal: handlers and Linux's signal numbers, as CPython 3.11 on Linux shows them. Nothing
outside the playground sends signals; a program sends itself one with raise_signal(), which
runs its handler at once (CPython checks for signals before raise_signal returns), and an
event loop's add_signal_handler() callback runs on the loop two iterations later, as after
CPython's self-pipe wake-up."""

import sys as _sys
from enum import IntEnum as _IntEnum

_NAMES = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6,
    'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11,
    'SIGUSR2': 12, 'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16,
    'SIGCHLD': 17, 'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22,
    'SIGURG': 23, 'SIGXCPU': 24, 'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27,
    'SIGWINCH': 28, 'SIGIO': 29, 'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34,
    'SIGRTMAX': 64,
}
Signals = _IntEnum('Signals', _NAMES)
Handlers = _IntEnum('Handlers', {'SIG_DFL': 0, 'SIG_IGN': 1})
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': 0, 'SIG_UNBLOCK': 1, 'SIG_SETMASK': 2})
for _name in _NAMES:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2
del _name

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}
# what the operating system does with a signal whose handler is SIG_DFL: nothing for these
_IGNORED_BY_DEFAULT = {17, 18, 23, 28, 19, 20, 21, 22}


class _DefaultIntHandler:
    """SIGINT's handler at start-up: raises KeyboardInterrupt (a builtin function in CPython)."""
    __name__ = __qualname__ = 'default_int_handler'

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _DefaultIntHandler()
del _DefaultIntHandler


# CPython ignores SIGPIPE and SIGXFSZ at start-up and handles SIGINT with default_int_handler
_handlers = {2: default_int_handler, 13: SIG_IGN, 25: SIG_IGN}
_wakeup_loops = []  # event loops with signal handlers (the self-pipe set_wakeup_fd names)


def _number(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    n = int(signalnum)
    if n < 1 or n >= NSIG:
        raise ValueError('signal number out of range')
    return n


def _as_signal(n):
    try:
        return Signals(n)
    except ValueError:
        return n


def valid_signals():
    return {_as_signal(n) for n in range(1, NSIG) if n not in (32, 33)}


def strsignal(signalnum, /):
    n = _number(signalnum)
    if n in _DESCRIPTIONS:
        return _DESCRIPTIONS[n]
    if 34 <= n <= 64:
        return 'Real-time signal %d' % (n - 34)
    return None


# an event loop closed since it installed handlers gives them back (as its close() does)
def _release_closed_loops():
    for loop in list(_wakeup_loops):
        if loop.is_closed():
            loop._signal_arrived(0)


def getsignal(signalnum, /):
    _release_closed_loops()
    return _handlers.get(_number(signalnum), SIG_DFL)


def signal(signalnum, handler, /):
    n = _number(int(signalnum))  # CPython's signal() converts its number as int() does
    if handler is not SIG_DFL and handler is not SIG_IGN and not callable(handler):
        if handler in (0, 1) and type(handler) is int:
            handler = Handlers(handler)
        else:
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a '
                            'callable object')
    if n in (9, 19) or n in (32, 33):
        raise OSError(22, 'Invalid argument')
    _release_closed_loops()
    old = _handlers.get(n, SIG_DFL)
    _handlers[n] = handler
    return old


def raise_signal(signalnum, /):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    n = int(signalnum)
    if n == 0:
        return None  # the null signal: nothing is delivered
    if n < 0 or n >= NSIG:
        raise OSError(22, 'Invalid argument')
    for loop in list(_wakeup_loops):
        loop._signal_arrived(n)
    handler = _handlers.get(n, SIG_DFL)
    if handler is SIG_IGN:
        return None
    if handler is SIG_DFL:
        if n in _IGNORED_BY_DEFAULT:
            return None
        # the operating system would end the process here without running any more Python;
        # the playground ends the program with the shell's status for "killed by signal n"
        raise SystemExit(128 + n)
    handler(n, _sys._getframe(1))
    return None


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def _unavailable(name):
    def unavailable(*args, **kwargs):
        raise NotImplementedError('signal.%s is not available in the playground: nothing '
                                  'outside the program sends it signals or interrupts it; use '
                                  'signal.raise_signal() to send one, or asyncio timers '
                                  '(loop.call_later, asyncio.sleep) to act later' % name)
    unavailable.__name__ = name
    return unavailable


for _name in ('alarm', 'pause', 'setitimer', 'getitimer', 'siginterrupt', 'pthread_kill',
              'pthread_sigmask', 'sigpending', 'sigwait', 'sigwaitinfo', 'sigtimedwait',
              'pidfd_send_signal'):
    globals()[_name] = _unavailable(_name)
del _name

# asyncio.run calls already running handle SIGINT as CPython's Runner does (asyncio/runners.py)
if 'asyncio.runners' in _sys.modules:
    _sys.modules['asyncio.runners']._signal_imported(_sys.modules[__name__])
