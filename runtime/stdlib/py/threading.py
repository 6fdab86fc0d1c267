"""threading (CPython's threading.py and _thread) on the playground's virtual threads.

A thread is a virtual thread (SEMANTICS.md rule 6), as asyncio.to_thread's and the workers of
concurrent.futures' pools: start() runs its target to the end at once, on the thread's own
clock (time.sleep inside it spends the thread's time), and the thread is alive until that end.
join() waits for the end as time.sleep does. Pool workers are threads too: asyncio's default
executor's are asyncio_0, asyncio_1, ..., a ThreadPoolExecutor's ThreadPoolExecutor-N_M.

What differs from real threads: nothing preempts a thread, so a thread's prints all come when it
starts (stamped with its own time) and races never happen. A lock remembers when it was
released on the clock, and who takes it later waits until then; an Event remembers when it was
set, and a wait() returns then. A thread cannot wait for something the main thread does after
starting it (a lock the main thread holds, an Event it sets later): that raises an error saying
so, where Python would block until the main thread gets there.
"""
import time as _time

from _asyncio import _current_thread, _virtual_thread

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


def _now():
    return _time.monotonic()


def _wait_until(when):
    delay = when - _now()
    if delay > 0:
        _time.sleep(delay)


def _hang(what):
    raise RuntimeError('%s never returns: no other thread can do what it waits for '
                       '(in Python the program would hang here)' % what)


class _Unavailable(NotImplementedError):
    pass


_Unavailable.__name__ = _Unavailable.__qualname__ = 'NotImplementedError'
_Unavailable.__module__ = 'builtins'


def _unavailable(what):
    raise _Unavailable(
        '%s is not available in the playground: its threads run one at a time, each to its '
        'end when it starts, so a thread cannot wait for what the main thread does later' % what)


# thread identities: the numbers differ from machine to machine in CPython too
_idents = [0]


def _new_ident():
    _idents[0] += 1
    return 139_872_335_480_384 + 8_392_704 * _idents[0], 4_200 + _idents[0]


_counter = [0]


# as threading._newname: Thread-1, Thread-2, ...
def _newname(name_template='Thread-%d'):
    _counter[0] += 1
    return name_template % _counter[0]


_active = {}  # ident -> Thread, in the order they started


# ---------------------------------------------------------------------------------------------
# Locks
# ---------------------------------------------------------------------------------------------
def _check_acquire_args(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be a non-negative number')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timeout value is too large')


class _LockBase:
    def __init__(self):
        self._owner = None  # the holding Thread
        self._count = 0
        self._free_at = 0.0  # when it was last released, on the clock

    def _acquire(self, blocking, timeout, reentrant):
        _check_acquire_args(blocking, timeout)
        me = current_thread()
        if self._count and reentrant and self._owner is me:
            self._count += 1
            return True
        if self._count:
            if not blocking:
                return False
            if timeout != -1:
                _time.sleep(timeout)
                return False
            if self._owner is me:
                _hang('acquire() of a lock this thread holds already')
            if self._owner is _main or self._owner._is_alive_now():
                _unavailable('waiting in a thread for a lock the main thread holds')
            _hang('acquire() of a lock a finished thread never released')
        wait = self._free_at - _now()
        if wait > 0:  # released later on the clock by a thread that ran already
            if not blocking:
                return False
            if timeout != -1 and wait > timeout:
                _time.sleep(timeout)
                return False
            _time.sleep(wait)
        self._owner = me
        self._count = 1
        return True

    def _release_one(self):
        self._count -= 1
        if not self._count:
            self._owner = None
            self._free_at = max(self._free_at, _now())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class _Lock(_LockBase):
    """threading.Lock (_thread.lock)."""

    def acquire(self, blocking=True, timeout=-1):
        return self._acquire(blocking, timeout, False)

    acquire_lock = acquire

    def release(self):
        if not self._count:
            raise RuntimeError('release unlocked lock')
        self._release_one()

    release_lock = release

    def locked(self):
        return self._count > 0

    locked_lock = locked

    def __repr__(self):
        return '<%s _thread.lock object at %#x>' % (
            'locked' if self._count else 'unlocked', id(self))


_Lock.__name__ = _Lock.__qualname__ = 'lock'
_Lock.__module__ = '_thread'


class _RLock(_LockBase):
    """threading.RLock (_thread.RLock)."""

    def acquire(self, blocking=True, timeout=-1):
        return self._acquire(blocking, timeout, True)

    def release(self):
        if not self._count or self._owner is not current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._release_one()

    def __repr__(self):
        owner = self._owner.ident if self._owner is not None else 0
        return '<%s _thread.RLock object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', owner, self._count, id(self))


_RLock.__name__ = _RLock.__qualname__ = 'RLock'
_RLock.__module__ = '_thread'


def Lock():
    return _Lock()


allocate_lock = Lock


def RLock(*args, **kwargs):
    return _RLock()


class Semaphore:
    """threading.Semaphore: a counter; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is not None:
            _time.sleep(timeout)
            return False
        _unavailable('waiting for a Semaphore that no finished thread released')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return '<%s.%s at %#x: value=%d>' % (self.__class__.__module__,
                                              self.__class__.__qualname__, id(self), self._value)


class BoundedSemaphore(Semaphore):
    """threading.BoundedSemaphore: release() past the initial value is an error."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n

    def __repr__(self):
        return '<%s.%s at %#x: value=%d/%d>' % (self.__class__.__module__,
                                                 self.__class__.__qualname__, id(self),
                                                 self._value, self._initial_value)


class Event:
    """threading.Event: a flag that remembers when it was set on the clock."""

    def __init__(self):
        self._flag = False
        self._set_at = 0.0

    def is_set(self):
        return self._flag and self._set_at <= _now()

    isSet = is_set

    def set(self):
        if not self._flag:
            self._flag = True
            self._set_at = _now()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            if timeout is not None and self._set_at - _now() > timeout:
                _time.sleep(timeout)
                return False
            _wait_until(self._set_at)
            return True
        if timeout is not None:
            _time.sleep(max(timeout, 0))
            return False
        if current_thread() is _main:
            _hang('Event.wait() on an event no thread sets')
        _unavailable('Event.wait() in a thread for an event the main thread sets later')

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self.is_set() else 'unset'
        return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(self), status)


class Condition:
    def __init__(self, lock=None):
        _unavailable('threading.Condition')


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        _unavailable('threading.Barrier')


class BrokenBarrierError(RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------
# Threads
# ---------------------------------------------------------------------------------------------
class Thread:
    """threading.Thread: start() runs run() at once in a virtual thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._end = None  # when run() returned, on the clock
        self._initialized = True

    def _is_alive_now(self):
        return self._started and (self._end is None or _now() < self._end)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident, self._native_id = _new_ident()
        _active[self._ident] = self
        ok, value, end = _virtual_thread(_now(), self, self._bootstrap)
        self._end = end
        if not ok:  # what the playground cannot do stops the program, not just the thread
            raise value

    # as Thread._bootstrap_inner: an exception that ends run() goes to threading.excepthook
    def _bootstrap(self):
        try:
            self.run()
        except _Unavailable:
            raise
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._end is None:
            if timeout is None:
                _hang('join() of a thread that never ends')
            _time.sleep(max(timeout, 0))
            return
        if timeout is not None:
            _wait_until(min(self._end, _now() + max(timeout, 0)))
        else:
            _wait_until(self._end)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._is_alive_now()

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started' if self._is_alive_now() else 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident, self._native_id = 139_872_335_480_384, 4_200
        _active[self._ident] = self


_main = None
_main = _MainThread()


# a pool's worker (concurrent.futures): alive until its pool shuts down
def _worker_thread(name):
    t = Thread(name=name)
    t._started = True
    t._ident, t._native_id = _new_ident()
    _active[t._ident] = t
    return t


# a pool that shut down: its workers end when their last call does
def _retire(threads, end):
    for t in threads:
        if t is not None and t._end is None:
            t._end = max(end, _now())


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        _unavailable('threading.Timer')


def current_thread():
    thread = _current_thread()
    return _main if thread is None else thread


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread().ident


def get_native_id():
    return current_thread().native_id


def enumerate():
    for ident in [i for i, t in _active.items() if not t._is_alive_now()]:
        del _active[ident]
    return list(_active.values())


def active_count():
    return len(enumerate())


activeCount = active_count


def stack_size(size=0):
    return 0


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


# as _thread._excepthook: SystemExit is silent, anything else is printed to stderr
def _excepthook(args):
    if args.exc_type is SystemExit:
        return
    import sys
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.write('Exception in thread %s:\n' % name)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=sys.stderr)
    sys.stderr.flush()


excepthook = __excepthook__ = _excepthook


class local:
    """threading.local: attributes each thread sees on its own."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kwargs))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        key = current_thread().ident
        d = dicts.get(key)
        if d is None:
            d = dicts[key] = {}
            # a subclass's __init__ runs again in each thread that uses the object
            init = type(self).__init__
            if init is not object.__init__ and len(dicts) > 1:
                args, kwargs = object.__getattribute__(self, '_local__args')
                init(self, *args, **kwargs)
        return d

    def __getattribute__(self, name):
        if name == '__dict__':
            return local._local__dict(self)
        if name.startswith('_local__') or name in ('__class__',):
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        raise AttributeError("'%s' object has no attribute '%s'" % (_local_name(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_name(self))
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _local_name(obj):
    return '_thread._local' if type(obj) is local else type(obj).__name__


local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'
