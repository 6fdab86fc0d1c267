"""copy for the playground, written in Python: shallow and deep copies of the built-in
containers and of instances through __copy__/__deepcopy__, __reduce_ex__/__reduce__ or the
default reduction CPython's object gives (the __new__ arguments of int/float/str/tuple/bytes
subclasses, __getstate__ or the __dict__ and slots, a list's items, a dict's items).
Behaviour follows CPython 3.11; the code is the playground's own."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(print),
           type(lambda: 0), type(Ellipsis), type(NotImplemented), property)


def _is_atomic(x):
    for t in _atomic:
        if type(x) is t:
            return True
    return isinstance(x, type)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _default_state(x, cls):
    # as object.__getstate__: the instance dict (None when empty), paired with the slot values
    own = getattr(cls, '__getstate__', None)
    if own is not None:
        return x.__getstate__()
    try:
        state = x.__dict__ or None
    except AttributeError:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _newargs(x, cls):
    # what __getnewargs__ gives for the immutable built-in bases (copyreg's reduce_newobj)
    own = getattr(cls, '__getnewargs__', None)
    if own is not None:
        return tuple(x.__getnewargs__())
    if isinstance(x, int):
        return (int.__index__(x),)
    if isinstance(x, float):
        return (float.__float__(x),)
    if isinstance(x, str):
        return (str.__str__(x),)
    if isinstance(x, tuple):
        return (tuple(x),)
    if isinstance(x, bytes):
        return (bytes(x),)
    return ()


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls, kind):
    # as object.__reduce_ex__(4): a class's own reduction, else the default one
    hook = getattr(cls, '__reduce_ex__', None)
    if hook is not None:
        return x.__reduce_ex__(4)
    hook = getattr(cls, '__reduce__', None)
    if hook is not None:
        return x.__reduce__()
    if isinstance(x, BaseException):
        return (cls, x.args, x.__dict__ or None)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), getattr(x, '__dict__', None) or None)
    if not hasattr(x, '__dict__') and not _slot_names(cls) and not isinstance(
            x, (list, dict, int, float, str, tuple, bytes)):
        raise Error(f'un({kind})copyable object of type {cls}')
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (_new_object, (cls,) + _newargs(x, cls), _default_state(x, cls), listiter, dictiter)


# as copy._reconstruct
def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


# as copy.copy
def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# as copy.deepcopy: memo maps id(original) to its copy, so shared and cyclic parts stay so
def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a tuple that only holds atomic parts is its own copy
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is bytearray:
        y = x.copy()
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        # keep the original alive while the memo refers to its id (as copy._keep_alive)
        memo.setdefault(id(memo), []).append(x)
    return y
