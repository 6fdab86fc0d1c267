"""typing for the playground, written in Python: the names a tutorial imports (List, Dict,
Optional, Union, Callable, Any, TypeVar, Generic, Protocol, Literal, ...) with CPython 3.11's
reprs, get_origin/get_args, cast and the "cannot be instantiated" messages. Type checking is
not done at run time, as in CPython. Generic[T] is an alias whose __mro_entries__ gives
Generic; class-syntax NamedTuple and TypedDict work through their metaclasses, as in CPython;
the code is the playground's own.

The abstract aliases (Iterable, Mapping, ...) stand for collections.abc's classes, so isinstance()
works with them as in CPython; runtime_checkable protocols check their members."""

import collections as _collections
import collections.abc as _abc
import contextlib as _contextlib
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type written as a string, not yet looked up."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _GenericAlias:
    """A subscripted type such as List[int]: origin and args, compared by both."""

    def __init__(self, origin, args, name=None, show=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._show = show

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return self

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self._show is not None:
            return self._show
        head = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGeneric:
    """An unsubscripted generic such as List or Iterable (typing.List)."""

    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_convert(p) for p in params)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated; use '
                        f'{self.__origin__.__name__.lower()}() instead')

    def __repr__(self):
        return f'typing.{self._name}'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _CallableType(_SpecialGeneric):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            shown = f'typing.Callable[..., {_type_repr(_convert(result))}]'
            return _GenericAlias(self.__origin__, (..., _convert(result)), 'Callable', shown)
        if not isinstance(args, list):
            raise TypeError('Callable[args, result]: args must be a list. '
                            f'Got {_type_repr(args)}')
        args = tuple(_convert(a) for a in args)
        shown = (f"typing.Callable[[{', '.join(_type_repr(a) for a in args)}], "
                 f'{_type_repr(_convert(result))}]')
        return _GenericAlias(self.__origin__, args + (_convert(result),), 'Callable', shown)


class _TupleType(_SpecialGeneric):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        return _SpecialGeneric.__getitem__(self, params)


class _SpecialForm:
    """Any, Union, Optional, Literal, ClassVar, Final, ... (typing's special forms)."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self!r} is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        if self._name == 'Any':
            # Any is a class in 3.11: no class is a subclass of it
            return False
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __repr__(self):
        return f'typing.{self._name}'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    # as _UnionGenericAlias: an instance of any member
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


def _union(form, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _convert(p)
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(form, params):
    if isinstance(params, tuple):
        raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
    return _union(form, (params, None))


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    shown = f"typing.Literal[{', '.join(repr(p) for p in params)}]"
    return _GenericAlias(Literal, params, 'Literal', shown)


def _single(form, params):
    if isinstance(params, tuple):
        raise TypeError(f'{form!r} accepts only single type.')
    return _GenericAlias(form, (_convert(params),), form._name)


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type '
                        'and an annotation).')
    origin = _convert(params[0])
    shown = (f"typing.Annotated[{_type_repr(origin)}, "
             f"{', '.join(repr(m) for m in params[1:])}]")
    alias = _GenericAlias(origin, (origin,), 'Annotated', shown)
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
TypeGuard = _SpecialForm('TypeGuard', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
Annotated = _SpecialForm('Annotated', _annotated)


List = _SpecialGeneric('List', list, 1)
Dict = _SpecialGeneric('Dict', dict, 2)
Set = _SpecialGeneric('Set', set, 1)
FrozenSet = _SpecialGeneric('FrozenSet', frozenset, 1)
Tuple = _TupleType('Tuple', tuple, -1)
Type = _SpecialGeneric('Type', type, 1)
Deque = _SpecialGeneric('Deque', _collections.deque, 1)
DefaultDict = _SpecialGeneric('DefaultDict', _collections.defaultdict, 2)
OrderedDict = _SpecialGeneric('OrderedDict', _collections.OrderedDict, 2)
Counter = _SpecialGeneric('Counter', _collections.Counter, 1)
ChainMap = _SpecialGeneric('ChainMap', _collections.ChainMap, 2)
Callable = _CallableType('Callable', _abc.Callable, -1)
Iterable = _SpecialGeneric('Iterable', _abc.Iterable, -1)
Iterator = _SpecialGeneric('Iterator', _abc.Iterator, -1)
Generator = _SpecialGeneric('Generator', _abc.Generator, -1)
Sequence = _SpecialGeneric('Sequence', _abc.Sequence, -1)
MutableSequence = _SpecialGeneric('MutableSequence', _abc.MutableSequence, -1)
Mapping = _SpecialGeneric('Mapping', _abc.Mapping, -1)
MutableMapping = _SpecialGeneric('MutableMapping', _abc.MutableMapping, -1)
AbstractSet = _SpecialGeneric('AbstractSet', _abc.Set, -1)
MutableSet = _SpecialGeneric('MutableSet', _abc.MutableSet, -1)
Collection = _SpecialGeneric('Collection', _abc.Collection, -1)
Container = _SpecialGeneric('Container', _abc.Container, -1)
Hashable = _SpecialGeneric('Hashable', _abc.Hashable, -1)
Sized = _SpecialGeneric('Sized', _abc.Sized, -1)
Reversible = _SpecialGeneric('Reversible', _abc.Reversible, -1)
Awaitable = _SpecialGeneric('Awaitable', _abc.Awaitable, -1)
Coroutine = _SpecialGeneric('Coroutine', _abc.Coroutine, -1)
AsyncIterable = _SpecialGeneric('AsyncIterable', _abc.AsyncIterable, -1)
AsyncIterator = _SpecialGeneric('AsyncIterator', _abc.AsyncIterator, -1)
AsyncGenerator = _SpecialGeneric('AsyncGenerator', _abc.AsyncGenerator, -1)
KeysView = _SpecialGeneric('KeysView', _abc.KeysView, -1)
ItemsView = _SpecialGeneric('ItemsView', _abc.ItemsView, -1)
ValuesView = _SpecialGeneric('ValuesView', _abc.ValuesView, -1)
ContextManager = _SpecialGeneric('ContextManager', _contextlib.AbstractContextManager, -1)
AsyncContextManager = _SpecialGeneric('AsyncContextManager', _contextlib.AbstractAsyncContextManager, -1)
Text = str


class TypeVar:
    """TypeVar('T', *constraints, bound=None): a type parameter; its repr is ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)


AnyStr = TypeVar('AnyStr')


class Generic:
    """Base of generic classes. Generic[T] is Generic itself here (see the module's note);
    a subclass subscripted, Stack[int], gives an alias that calls the class."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, tuple(_convert(p) for p in params))


# the names of a class's dict that are not members of a protocol (as typing's EXCLUDED_ATTRIBUTES)
_NOT_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__qualname__', '_MutableMapping__marker'})


# as typing._get_protocol_attrs: what the protocol's classes define or annotate
def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                members.add(name)
    return members


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _check_runtime(cls):
    if not cls.__dict__.get('_is_runtime_protocol', False):
        raise TypeError('Instance and class checks can only be used with @runtime_checkable '
                        'protocols')


# as typing._ProtocolMeta: isinstance() of a runtime protocol looks for its members
class _ProtocolMeta(_ABCMeta):
    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        protocol = cls.__dict__.get('_is_protocol', False)
        if protocol:
            _check_runtime(cls)
        if (not protocol or _only_methods(cls)) and issubclass(type(instance), cls):
            return True
        if protocol:
            if all(hasattr(instance, name) and (not callable(getattr(cls, name, None)) or
                                                getattr(instance, name) is not None)
                   for name in _protocol_members(cls)):
                return True
        # the subclass hook's refusals do not apply inside isinstance() (CPython lets the abc
        # machinery's own calls through: _allow_reckless_class_checks)
        _inside_instancecheck[0] += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _inside_instancecheck[0] -= 1


_inside_instancecheck = [0]


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class that lists methods and attributes; isinstance() of a
    @runtime_checkable one asks whether an object has them all."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(base is Protocol for base in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_subclass_hook)


# as the _proto_hook that Protocol.__init_subclass__ installs: issubclass() by members
def _protocol_subclass_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if _inside_instancecheck[0]:
        return NotImplemented
    _check_runtime(cls)
    if not _only_methods(cls):
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in _protocol_members(cls):
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got '
                        f'{cls!r}')
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits=0):
        pass


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


# as typing.assert_never: the value's repr, cut at 100 characters
def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, type(int | str)):
        return type(tp)
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Annotated':
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Annotated':
            return (tp.__origin__,) + tp.__metadata__
        if tp._name == 'Callable' and tp.__args__ and tp.__args__[0] is not ...:
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    if isinstance(tp, type(int | str)):
        return tp.__args__
    return ()


# as typing.get_type_hints without evaluating strings: a class's annotations merged along its
# MRO (bases first), None as NoneType, Annotated[T, ...] as T unless include_extras
def _eval_hint(value, globalns, localns):
    # a string annotation (a forward reference, or `from __future__ import annotations`) is
    # evaluated in the namespace it was written in, as CPython's ForwardRef._evaluate
    if not isinstance(value, str):
        return value
    import _source
    ns = dict(globalns) if globalns is not None else {}
    if localns:
        ns.update(localns)
    _source.run('__loopscope_hint__ = (' + value + ')\n', ns)
    return ns['__loopscope_hint__']


def _module_dict(name):
    import sys
    module = sys.modules.get(name)
    return getattr(module, '__dict__', {}) if module is not None else {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            g = _module_dict(base.__module__) if globalns is None else globalns
            l = dict(vars(base)) if localns is None else localns
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _eval_hint(value, g, l)
    else:
        hints = getattr(obj, '__annotations__', None)
        if hints is None:
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            globalns = getattr(obj, '__globals__', None)
            if globalns is None:
                globalns = getattr(obj, '__dict__', {})
        hints = {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}
    for name, value in hints.items():
        if value is None:
            value = type(None)
        while not include_extras and isinstance(value, _GenericAlias) and \
                value._name == 'Annotated':
            value = value.__origin__
        hints[name] = value
    return hints


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@overload-decorated functions outside a stub module should '
                              'always be followed by an implementation that is not '
                              '@overload-ed.')


# module -> qualified name -> first line -> the @overload-decorated function (as CPython's
# _overload_registry, which get_overloads reads)
_overload_registry = {}


def overload(func):
    f = getattr(func, '__func__', func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, '__func__', func)
    by_line = _overload_registry.get(f.__module__, {}).get(f.__qualname__)
    return [] if by_line is None else list(by_line.values())


def clear_overloads():
    _overload_registry.clear()


def final(f):
    return f


def no_type_check(arg):
    return arg


# as typing.NewType: a callable that returns its argument, shown as module.name
class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        import sys
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = 'typing'

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{subclass_name} = NewType({subclass_name!r}, '
                                f'{superclass_name})`')
        return (Dummy,)


_prohibited_nt = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                         '__doc__', '__orig_bases__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


# as typing.NamedTupleMeta: `class Car(NamedTuple)` makes a collections.namedtuple
class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited_nt:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, list(fields), module='__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# as typing._TypedDictMeta: `class Movie(TypedDict)` is a dict type whose instances are
# plain dicts (calling the class calls dict)
class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for key in own:
            (required if total else optional).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
