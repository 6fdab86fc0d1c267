"""copy for the playground, written in Python: shallow and deep copies of the built-in
containers and of instances (their __dict__, or __copy__/__deepcopy__ when defined).
Behaviour follows CPython 3.11; the code is the playground's own."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range, type(print),
           type(lambda: 0), type(Ellipsis), type(NotImplemented), property)


def _is_atomic(x):
    for t in _atomic:
        if type(x) is t:
            return True
    return isinstance(x, type)


def _new_like(x):
    # an instance of x's class made without calling __init__
    cls = type(x)
    # an int or float subclass keeps its number (what int's and float's __getnewargs__ give)
    if isinstance(x, int):
        return cls.__new__(cls, int.__index__(x))
    if isinstance(x, float):
        return cls.__new__(cls, float.__float__(x))
    return cls.__new__(cls)


# as copy.copy
def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    try:
        state = x.__dict__
    except AttributeError:
        raise Error(f'un(shallow)copyable object of type {cls}') from None
    y = _new_like(x)
    y.__dict__.update(state)
    return y


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
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            try:
                state = x.__dict__
            except AttributeError:
                raise Error(f'un(deep)copyable object of type {cls}') from None
            y = _new_like(x)
            memo[d] = y
            for key, value in state.items():
                y.__dict__[key] = deepcopy(value, memo)
    if y is not x:
        memo[d] = y
        # keep the original alive while the memo refers to its id (as copy._keep_alive)
        memo.setdefault(id(memo), []).append(x)
    return y
