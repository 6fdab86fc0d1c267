"""weakref: references that do not keep their object alive (CPython's weakref.py).

ref is native (_weakref, runtime/stdlib/weakref_module.cpp): each call runs the collector first
where it can, so an object nothing else refers to is gone as in CPython. The containers below
collect once per operation. Callbacks (ref's second argument, finalize) are not supported.
"""
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


finalize = _unsupported('finalize', 'objects are freed by a collector, not at once, and no '
                        'Python code may run inside it')
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
