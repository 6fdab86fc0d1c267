"""copyreg in Loopscope: the registry pickle and copy consult (pickle(), dispatch_table,
constructor, the extension registry) and the helpers CPython 3.11's object.__reduce_ex__ names
in a pickle (_reconstructor, __newobj__, __newobj_ex__, _reduce_ex)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _complex_reduce(c):
    return complex, (c.real, c.imag)


pickle(complex, _complex_reduce, complex)


# what a protocol 0 or 1 pickle of an instance calls to make it again
def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base in (list, dict, set, bytearray):  # the bases whose __init__ fills the object
            base.__init__(obj, state)
    return obj


# as copyreg._reduce_ex: protocols 0 and 1
def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = object
    for b in cls.__mro__:
        if b in (int, float, str, bytes, list, dict, tuple, set, frozenset, bool, complex):
            base = b
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(type(self), '__getstate__', None)
    if getstate is not None:
        state_dict = getstate(self)
    else:
        if _slotnames(cls):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled with "
                            f"protocol {proto}")
        state_dict = getattr(self, '__dict__', None)
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
