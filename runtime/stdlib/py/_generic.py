"""types.GenericAlias (list[int]) and types.UnionType (int | None) for the playground, written in
Python: the runtime's type.__or__ / type.__ror__ and the subscript of a generic builtin class
call into this module. Reprs, equality and isinstance() behave as CPython 3.11's."""


def _type_repr(obj):
    if obj is type(None):
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """list[int]: a class with type arguments (the class stands in when called)."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', ())

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_arg_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


GenericAlias.__module__ = 'types'


def _arg_repr(a):
    if isinstance(a, list):
        return '[' + ', '.join(_arg_repr(x) for x in a) + ']'
    return _type_repr(a)


def _unionable(x):
    return (x is None or isinstance(x, (type, GenericAlias, UnionType))
            or type(x).__module__ == 'typing')


class UnionType:
    """int | None: any of its member types (isinstance() checks each)."""

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', ())

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)


UnionType.__module__ = 'types'


# as CPython's _Py_union_type_or: flatten, drop duplicates, None as NoneType
def _union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    if type(a).__module__ == 'typing' or type(b).__module__ == 'typing':
        import typing
        return typing.Union[a, b]
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            if p is None:
                p = type(None)
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
