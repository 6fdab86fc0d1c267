"""unittest.mock: mock objects and patching (CPython 3.11's unittest.mock).

Mock, MagicMock (with the default magic methods), NonCallableMock, NonCallableMagicMock,
AsyncMock (awaitable calls, await_count/await_args and the assert_awaited* methods),
PropertyMock, call, ANY, DEFAULT, sentinel, patch (decorator, context manager, start/stop,
on classes), patch.object, patch.dict, patch.multiple, patch.stopall, mock_open, seal.
spec/spec_set restrict attributes (from a class, an object or a list of names); a spec does
not make isinstance() true, and calls are not checked against the spec's signature.
create_autospec and autospec=True are not supported (they need inspect.signature).
"""
import builtins
import contextlib
import inspect
import pprint
import sys
from functools import wraps
from types import ModuleType

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

FILTER_DIR = True


def _unsupported(what):
    raise NotImplementedError('unittest.mock: %s is not supported in the playground: '
                              'functions do not keep their parameter lists' % what)


# ---------------------------------------------------------------------------------------
# sentinels, ANY, call


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


# as mock._Call: a recorded call, a tuple of (name, args, kwargs) or (args, kwargs)
class _Call(tuple):
    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name = ''
        if len(self) == 2:
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        # the other side's == first, so ANY matches
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    # a recorded call's count and index are calls too (call.count(1)), as in CPython
    @property
    def count(self):
        return self.__getattr__('count')

    @property
    def index(self):
        return self.__getattr__('index')

    def _get_call_arguments(self):
        if len(self) == 2:
            args, kwargs = self
        else:
            name, args, kwargs = self
        return args, kwargs

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# ---------------------------------------------------------------------------------------
# magic methods


_magic_names = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
                'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
                'index round trunc floor ceil bool next fspath aiter')
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_magics = {'__%s__' % m for m in ' '.join([
    _magic_names, _numerics, ' '.join('i' + n for n in _numerics.split()),
    ' '.join('r' + n for n in _numerics.split())]).split()}
_non_defaults = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__',
                 '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
                 '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
                 '__subclasses__', '__format__', '__getnewargs_ex__'}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f'{type(self).__name__}/{self._extract_mock_name()}/{id(self)}',
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter, '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# as mock.MagicProxy: a class attribute that makes the magic method's child mock on first use
class MagicProxy:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


def _get_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# ---------------------------------------------------------------------------------------
# NonCallableMock


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and
                                              issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    if not isinstance(obj, type):
        return callable(obj)
    for base in obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _is_async_func(obj):
    if getattr(obj, '__code__', None) is not None or isinstance(obj, AsyncMockMixin):
        return _iscoroutinefunction(obj)
    return False


def _iscoroutinefunction(obj):
    if isinstance(obj, AsyncMockMixin):
        return True
    return inspect.iscoroutinefunction(obj)


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return _iscoroutinefunction(obj)


def _extract_mock(obj):
    return obj


# as mock._check_and_set_parent: a fresh mock assigned to an attribute becomes a child
def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or (value._mock_parent is not None) or
            (value._mock_new_parent is not None)):
        return False
    _parent = parent
    while _parent is not None:
        if _parent is value:
            return False
        _parent = _parent._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


_allowed_names = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
                  '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'}


def _try_iter(obj):
    if obj is None:
        return obj
    if _is_exception(obj):
        return obj
    if callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class NonCallableMock:
    # each mock is the only instance of its own subclass, so magic methods set on one mock
    # (they live on the class) do not reach the others
    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec_arg = kw.get('spec_set', kw.get('spec'))
            if spec_arg is None and args:
                spec_arg = args[0]
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        new.__qualname__ = cls.__qualname__
        new.__module__ = cls.__module__
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__()

    def attach_mock(self, mock, attribute):
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        _spec_class = None
        _spec_asyncs = []
        if spec is not None and not _is_list(spec):
            if isinstance(spec, type):
                _spec_class = spec
            else:
                _spec_class = type(spec)
            names = dir(spec)
            for attr in names:
                if _iscoroutinefunction(getattr(spec, attr, None)):
                    _spec_asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = _spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = None
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = _spec_asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _prop(name):
        key = '_mock_' + name

        def get(self):
            return self.__dict__[key]

        def set(self, value):
            self.__dict__[key] = value
        return property(get, set)

    called = _prop('called')
    call_count = _prop('call_count')
    call_args = _prop('call_args')
    call_args_list = _prop('call_args_list')
    mock_calls = _prop('mock_calls')
    del _prop

    def __get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def __set_side_effect(self, value):
        self.__dict__['_mock_side_effect'] = _try_iter(value)

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self.__dict__['_mock_return_value']
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    # as NonCallableMock.__getattr__: a child mock per attribute name, made on first use
    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_return_value',
                    '_mock_side_effect'}:
            if name == '_mock_return_value':
                self.__dict__[name] = DEFAULT
                return DEFAULT
            if name == '_mock_side_effect':
                self.__dict__[name] = None
                return None
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or
                                      name not in self._mock_methods):
            if (name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt'))
                    or name in _ATTRIB_DENY_LIST):
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec '
                    f'for the mock if {name!r} is meant to be an attribute.')
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        elif result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        return result

    # as NonCallableMock._extract_mock_name: the dotted name the mock was reached by
    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        first = last._mock_name or 'mock'
        if len(names) > 1:
            if names[1] not in ('()', '().'):
                first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m_name for m_name, m_value in self._mock_children.items()
                            if m_value is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and
              name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            mock_name = f'{self._extract_mock_name()}.{name}'
            raise AttributeError(f'Cannot set {mock_name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _call_matcher(self, _call):
        return _call

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    f'Calls not found.\nExpected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)

    # as NonCallableMock._get_child_mock: children are mocks of the matching kind
    def _get_child_mock(self, /, **kw):
        _new_name = kw.get('_new_name')
        if _new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        _type = type(self)
        if issubclass(_type, MagicMock) and _new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            if (_new_name in _all_sync_magics or
                    self._mock_methods and _new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(_type, NonCallableMock):
                klass = Mock
            else:
                klass = _type.__mro__[1]
        else:
            klass = _type.__mro__[1]
        return klass(**kw)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


_ATTRIB_DENY_LIST = frozenset({
    name.removeprefix('assert_')
    for name in ('assert_called', 'assert_called_once', 'assert_called_with',
                 'assert_called_once_with', 'assert_any_call', 'assert_has_calls',
                 'assert_not_called', 'assert_awaited', 'assert_awaited_once',
                 'assert_awaited_with', 'assert_awaited_once_with', 'assert_any_await',
                 'assert_has_awaits', 'assert_not_awaited')
})


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


class InvalidSpecError(Exception):
    pass


# ---------------------------------------------------------------------------------------
# callable mocks


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    # as CallableMixin._increment_mock_call: record the call here and on every parent
    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        _call = _Call((args, kwargs), two=True)
        self.call_args = _call
        self.call_args_list.append(_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            _new_parent.mock_calls.append(this_mock_call)
            if _new_parent._mock_new_name:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    pass


class MagicMixin:
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        orig_magics = _magics | _async_method_magics
        these_magics = orig_magics
        if getattr(self, '_mock_methods', None) is not None:
            these_magics = orig_magics.intersection(self._mock_methods)
            for entry in orig_magics - these_magics:
                if entry in type(self).__dict__:
                    delattr(type(self), entry)
        these_magics = these_magics - set(type(self).__dict__)
        _type = type(self)
        for entry in these_magics:
            setattr(_type, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMockMixin:
    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # what makes inspect.iscoroutinefunction() true for it, as in CPython
        code_mock = NonCallableMock()
        code_mock.co_flags = inspect.CO_COROUTINE + 0x04 + 0x08
        code_mock.co_argcount = 0
        code_mock.co_varnames = ('args', 'kwargs')
        code_mock.co_posonlyargcount = 0
        code_mock.co_kwonlyargcount = 0
        self.__dict__['__code__'] = code_mock
        self.__dict__['__name__'] = 'AsyncMock'
        self.__dict__['__defaults__'] = tuple()
        self.__dict__['__kwdefaults__'] = {}
        self.__dict__['__annotations__'] = None
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()

    def _prop(name):
        key = '_mock_' + name

        def get(self):
            return self.__dict__[key]

        def set(self, value):
            self.__dict__[key] = value
        return property(get, set)

    await_count = _prop('await_count')
    await_args = _prop('await_args')
    await_args_list = _prop('await_args_list')
    del _prop

    # as AsyncMockMixin._execute_mock_call: the call is counted now, the await when awaited
    async def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            msg = f"Expected {self._mock_name or 'mock'} to have been awaited."
            raise AssertionError(msg)

    def assert_awaited_once(self):
        if not self.await_count == 1:
            msg = (f"Expected {self._mock_name or 'mock'} to have been awaited once."
                   f' Awaited {self.await_count} times.')
            raise AssertionError(msg)

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = _Call((args, kwargs), two=True)
        if self.await_args != expected:
            msg = self._format_mock_failure_message(args, kwargs, action='await')
            raise AssertionError(msg)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        if action != 'await':
            return NonCallableMock._format_mock_failure_message(self, args, kwargs, action)
        expected_string = self._format_mock_call_signature(args, kwargs)
        actual_string = self._format_mock_call_signature(*self.await_args)
        return 'expected await not found.\nExpected: %s\n  Actual: %s' % (expected_string,
                                                                          actual_string)

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            msg = (f"Expected {self._mock_name or 'mock'} to have been awaited once."
                   f' Awaited {self.await_count} times.')
            raise AssertionError(msg)
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.await_args_list):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s await not found' % expected_string)

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = _CallList(self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError(f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}')
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            msg = (f"Expected {self._mock_name or 'mock'} to not have been awaited."
                   f' Awaited {self.await_count} times.')
            raise AssertionError(msg)

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    pass


class PropertyMock(Mock):
    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


class _SpecState:
    pass


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    _unsupported('create_autospec')


# ---------------------------------------------------------------------------------------
# patch


def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        if import_path in sys.modules:
            return sys.modules[import_path]
        return _import_module(import_path)


# the playground has no import by name (no __import__ or exec): patch reaches the modules
# the program (or the runtime) has imported already
def _import_module(name):
    if name in sys.modules:
        return sys.modules[name]
    raise NotImplementedError(
        f"unittest.mock: patching a module that is not imported yet is not supported in the "
        f"playground: add 'import {name}' to the program before patching it")


# as mock._importer: the object a dotted name stands for, importing modules on the way
def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = _import_module(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return lambda: _importer(target), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if autospec is not None:
            _unsupported('autospec')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs,
                         unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    # as _patch.__enter__: make the replacement (a MagicMock unless told), set it in place
    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        original, local = self.get_original()
        if new is DEFAULT:
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec
                if spec_set is not None:
                    this_spec = spec_set
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    Klass = AsyncMock
                elif not_callable:
                    Klass = NonCallableMagicMock
                else:
                    Klass = MagicMock
            elif spec is None and _is_async_obj(original):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock)
                    and self.attribute):
                _kwargs['name'] = self.attribute
            _kwargs.update(self.kwargs)
            new = Klass(**_kwargs)
            this_spec = spec_set if spec_set is not None else spec
            if isinstance(this_spec, type):
                # patching a class with a spec: its instances are specced too
                if not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                _kwargs.pop('name', None)
                new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                     {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------------------
# mock_open


file_spec = None
read_data_marker = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


# as mock.mock_open: a MagicMock standing for open() whose file reads read_data
def mock_open(mock=None, read_data=''):
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(_state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=['__call__'])

    handle = MagicMock(spec=['read', 'readline', 'readlines', 'write', 'writelines',
                             'close', 'flush', 'seek', 'tell', 'fileno', 'truncate',
                             'readable', 'writable', 'seekable', 'name', 'mode',
                             '__enter__', '__exit__', '__iter__', '__next__', 'closed',
                             'encoding', 'newlines', 'buffer', 'isatty'])
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
