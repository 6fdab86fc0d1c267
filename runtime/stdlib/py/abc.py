"""abc for the playground, written in Python: ABCMeta, ABC and abstractmethod, with CPython
3.11's "Can't instantiate abstract class" check, register() and __subclasshook__ seen by
isinstance() and issubclass()."""


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


# as abc.ABCMeta: abstract methods refuse instantiation; register() adds virtual subclasses
# that isinstance()/issubclass() accept, and __subclasshook__ may decide for a class.
class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        update_abstractmethods(cls)
        type.__setattr__(cls, '_abc_registry', [])
        type.__setattr__(cls, '_abc_cache', set())
        type.__setattr__(cls, '_abc_subclasses', [])
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{s} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass in cls._abc_cache:
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        return False

    # (update_abstractmethods writes __abstractmethods__ on the class)


class ABC(metaclass=ABCMeta):
    """A base whose subclasses cannot be instantiated while a method is abstract."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0
