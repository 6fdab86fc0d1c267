"""abc for the playground, written in Python: ABC and abstractmethod, with CPython 3.11's
"Can't instantiate abstract class" check. The playground has no metaclasses, so ABCMeta is only
a name (class X(metaclass=ABCMeta) is not supported; inherit from ABC), and register() and
isinstance() against an ABC work only through ordinary inheritance."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# the deprecated abstractclassmethod/abstractstaticmethod: the descriptor of an abstract
# function (classmethod and staticmethod cannot be subclassed in the playground)
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if getattr(part, '__isabstractmethod__', False):
                return True
    func = getattr(value, '__func__', None)
    return func is not None and getattr(func, '__isabstractmethod__', False)


# as abc.update_abstractmethods: the names still abstract in cls
def update_abstractmethods(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC:
    """A base whose subclasses cannot be instantiated while a method is abstract."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{s} {', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        raise NotImplementedError('ABC.register is not supported in the playground: '
                                  'inherit from the ABC instead')


class ABCMeta:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('abc.ABCMeta is not supported in the playground (no '
                                  'metaclasses): inherit from abc.ABC instead')


def get_cache_token():
    return 0
