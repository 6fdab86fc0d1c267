"""types for the playground, written in Python: the built-in types by name, SimpleNamespace
(with CPython's repr and equality) and new_class-free helpers. The code is the playground's
own."""

import sys as _sys


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """SimpleNamespace(**kwargs): an object whose attributes are the keyword arguments."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f'{k}={v!r}' for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def coroutine(func):
    raise NotImplementedError('types.coroutine is not supported in the playground: write an '
                              '"async def" function instead')


del _f, _c, _g, _ag, _C, _sys
