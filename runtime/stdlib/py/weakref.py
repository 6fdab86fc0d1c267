"""weakref: references that do not keep their object alive (CPython's weakref.py).

ref is native (_weakref, runtime/stdlib/weakref_module.cpp): each call runs the collector first
where it can, so an object nothing else refers to is gone as in CPython. The containers below
collect once per operation. ref's callback runs when its object goes (where the program drops
the last reference), and finalize is made of one.
"""
import itertools

from _weakref import _alive, _collect, getweakrefcount, getweakrefs, ref

__all__ = ['ref', 'ReferenceType', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'WeakValueDictionary', 'WeakSet', 'finalize', 'proxy', 'WeakMethod']

ReferenceType = ref


def _unsupported(name, why):
    def fail(*args, **kwargs):
        raise NotImplementedError('weakref.%s is not available in the playground (%s)' %
                                  (name, why))
    fail.__name__ = name
    return fail




class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) is called once, when obj goes
    or, if it is still there then and `atexit` is true, when the program ends (the pending
    ones newest first); calling the finalizer or detach() earlier takes that call away."""

    __slots__ = ()
    _registry = {}  # finalizer -> its _Info while it is alive (it keeps the finalizer alive)
    _shutdown = False
    _counter = itertools.count()
    _changed = False
    _atexit_hooked = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._atexit_hooked:
            import atexit
            atexit.register(self._run_at_exit)
            finalize._atexit_hooked = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._counter)
        self._registry[self] = info
        finalize._changed = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def _entry(self, take):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None or (take and self._registry.pop(self, None) is None):
            return None
        return (obj, info.func, info.args, info.kwargs or {})

    def detach(self):
        return self._entry(True)

    def peek(self):
        return self._entry(False)

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        # the finalizers still pending with atexit set, newest first (a finalizer may add
        # more: the list is made again then); after this none runs any more
        try:
            pending = None
            while cls._registry:
                if pending is None or finalize._changed:
                    due = sorted((i.index, f) for f, i in cls._registry.items() if i.atexit)
                    pending = [f for _, f in due]
                    finalize._changed = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception as e:
                    import traceback
                    traceback.print_exception(e)  # (as sys.excepthook)
        finally:
            finalize._shutdown = True

proxy = _unsupported('proxy', 'use weakref.ref and call it')
WeakMethod = _unsupported('WeakMethod', 'keep a weakref.ref to the object instead')


class WeakValueDictionary:
    """A dict whose values are held weakly: an entry goes when its value does."""

    def __init__(self, other=(), /, **kw):
        self._data = {}
        self.update(other, **kw)

    def _live(self):
        _collect()
        dead = [k for k, r in self._data.items() if _alive(r) is None]
        for k in dead:
            del self._data[k]
        return self._data

    def __getitem__(self, key):
        o = _alive(self._live()[key])
        return o

    def __setitem__(self, key, value):
        self._data[key] = ref(value)

    def __delitem__(self, key):
        del self._live()[key]

    def __contains__(self, key):
        return key in self._live()

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter(list(self._live()))

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        data = self._live()
        if key in data:
            return _alive(data[key])
        return default

    def keys(self):
        return list(self._live())

    def values(self):
        return [_alive(r) for r in self._live().values()]

    def items(self):
        return [(k, _alive(r)) for k, r in self._live().items()]

    def pop(self, key, *default):
        data = self._live()
        if key in data:
            return _alive(data.pop(key))
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        data = self._live()
        if key in data:
            return _alive(data[key])
        self[key] = default
        return default

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self._data.clear()


class WeakKeyDictionary:
    """A dict whose keys are held weakly: an entry goes when its key does."""

    def __init__(self, dict=None):
        self._data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        _collect()
        dead = [r for r in self._data if _alive(r) is None]
        for r in dead:
            del self._data[r]
        return self._data

    def __getitem__(self, key):
        return self._live()[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key)] = value

    def __delitem__(self, key):
        del self._live()[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self._live()

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter([_alive(r) for r in self._live()])

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self._live().get(ref(key), default)

    def keys(self):
        return [_alive(r) for r in self._live()]

    def values(self):
        return list(self._live().values())

    def items(self):
        return [(_alive(r), v) for r, v in self._live().items()]

    def pop(self, key, *default):
        return self._live().pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self._live().setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        if kwargs:
            self.update(kwargs)


class WeakSet:
    """A set whose items are held weakly: an item goes when nothing else refers to it."""

    def __init__(self, data=None):
        self._data = {}
        if data is not None:
            for item in data:
                self.add(item)

    def _live(self):
        _collect()
        dead = [r for r in self._data if _alive(r) is None]
        for r in dead:
            del self._data[r]
        return self._data

    def add(self, item):
        self._data[ref(item)] = None

    def discard(self, item):
        self._live().pop(ref(item), None)

    def remove(self, item):
        del self._live()[ref(item)]

    def pop(self):
        data = self._live()
        if not data:
            raise KeyError('pop from empty WeakSet')
        r = next(iter(data))
        del data[r]
        return _alive(r)

    def clear(self):
        self._data.clear()

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self._live()

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter([_alive(r) for r in self._live()])

    def __repr__(self):
        return repr(set(self._live()))
