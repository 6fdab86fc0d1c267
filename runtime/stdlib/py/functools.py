"""functools for the playground, written in Python: reduce, partial, update_wrapper and wraps,
lru_cache and cache, total_ordering, cached_property, cmp_to_key, singledispatch.
Behaviour follows CPython 3.11; the code is the playground's own."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_missing = object()


# as functools.reduce
def reduce(function, iterable, *initial):
    if len(initial) > 1:
        raise TypeError(f'reduce expected at most 3 arguments, got {2 + len(initial)}')
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        value = next(it, _missing)
        if value is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# as functools.update_wrapper
def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _missing)
        if value is not _missing:
            setattr(wrapper, attr, value)
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if target is not None and source is not None:
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


# as functools.wraps
def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


class partial:
    """A callable that calls func with some arguments given in advance (functools.partial)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"


class partialmethod:
    """partial for methods: the instance goes first (functools.partialmethod)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        func = self.func
        args = self.args
        keywords = self.keywords

        def bound(*more, **kw):
            return func(obj, *args, *more, **{**keywords, **kw})
        return bound


class _CacheInfo:
    """The named tuple lru_cache's cache_info() returns: CacheInfo(hits, misses, maxsize,
    currsize)."""
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return (f'CacheInfo(hits={self.hits!r}, misses={self.misses!r}, '
                f'maxsize={self.maxsize!r}, currsize={self.currsize!r})')


_CacheInfo.__name__ = 'CacheInfo'
_CacheInfo.__qualname__ = 'CacheInfo'


class _kwd_mark:
    pass


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _lru_cache_wrapper:
    """The function lru_cache returns: calls are remembered by their arguments."""

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, func)

    def __call__(self, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            if self._maxsize is not None:
                # most recently used goes last
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # a recursive call filled it meanwhile
            return result
        cache[key] = result
        if self._maxsize is not None and len(cache) > self._maxsize:
            del cache[next(iter(cache))]
        return result

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}


# as functools.lru_cache: @lru_cache, @lru_cache() and @lru_cache(maxsize, typed)
def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        func = maxsize
        return _lru_cache_wrapper(func, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating(func):
        return _lru_cache_wrapper(func, maxsize, typed)
    return decorating


# as functools.cache
def cache(user_function, /):
    return _lru_cache_wrapper(user_function, None, False)


# the derived comparisons of total_ordering, each from one root (as functools' table)
def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, op):
    # an ordering method the class (or a base other than object) defines
    value = getattr(cls, op, None)
    return value is not None and value is not getattr(object, op, None)


# as functools.total_ordering
def total_ordering(cls):
    roots = {op for op in _convert if _defines(cls, op)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# as functools.cmp_to_key
def cmp_to_key(mycmp):
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class cached_property:
    """A property computed once per instance, then kept in its __dict__
    (functools.cached_property)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f'instance to cache {self.attrname!r} property.')
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _missing)
        if val is _missing:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


# as functools.singledispatch: the implementation is chosen by the first argument's type
def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return func

    def _classes(annotation):
        # a class, or a union of classes (int | str) registers each of them
        if isinstance(annotation, type):
            return [annotation]
        args = getattr(annotation, '__args__', None)
        if type(annotation).__name__ in ('UnionType', '_UnionGenericAlias') and args and all(
                isinstance(arg, type) for arg in args):
            return list(args)
        return None

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type) or _classes(cls) is not None:
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` on an '
                                'annotated function.')
            # plain @register: the first annotated parameter's class
            method = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                # a string annotation names a class (what get_type_hints evaluates)
                import builtins
                found = method.__globals__.get(cls, getattr(builtins, cls, None))
                cls = found if found is not None else cls
            if _classes(cls) is None:
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        for klass in _classes(cls):
            registry[klass] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
