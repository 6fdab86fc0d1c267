"""inspect for the playground, written in Python: the is* predicates a tutorial uses
(iscoroutinefunction, isawaitable, iscoroutine, isfunction, isclass, ismethod, ...), getdoc,
cleandoc, currentframe, isframe, istraceback. Not supported: signature(), getsource(), stack()
and getframeinfo() (they raise and say so). The code is the playground's own."""

import sys
import types as _types
from _asyncio import iscoroutinefunction as _iscorofunc

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def _code_flags(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    if not isfunction(obj):
        return False
    code = obj.__code__
    if not hasattr(code, 'co_flags'):
        raise NotImplementedError('inspect cannot read code flags in the playground yet')
    return bool(code.co_flags & flag)


def iscoroutinefunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    if isfunction(obj) or _iscorofunc(obj):  # (asyncio's natives standing in for one too)
        return _iscorofunc(obj)
    return _functionlike_flag(obj, CO_COROUTINE)


# as inspect._signature_is_functionlike: a callable that is no function but carries a
# function's __name__ and __code__ (unittest.mock's AsyncMock) is judged by its code's flags
def _functionlike_flag(obj, flag):
    if not callable(obj) or isclass(obj):
        return False
    flags = getattr(getattr(obj, '__code__', None), 'co_flags', None)
    return isinstance(getattr(obj, '__name__', None), str) and type(flags) is int and bool(
        flags & flag)


def isgeneratorfunction(obj):
    return _code_flags(obj, CO_GENERATOR)


def isasyncgenfunction(obj):
    return _code_flags(obj, CO_ASYNC_GENERATOR)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, _types.CoroutineType) or
            hasattr(type(obj), '__await__'))


def iscode(obj):
    return isinstance(obj, _types.CodeType)


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _unsupported(name, why):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f'inspect.{name} is not supported in the playground: {why}')
    unsupported.__name__ = name
    return unsupported


signature = _unsupported('signature', 'functions do not keep their parameter lists yet')
getsource = _unsupported('getsource', 'the source of a function is not kept')
getmembers = _unsupported('getmembers', 'dir() is not available yet')
stack = _unsupported('stack', 'frames cannot be inspected')


def isframe(object):
    return isinstance(object, _types.FrameType)


def istraceback(object):
    return isinstance(object, _types.TracebackType)


# as inspect.currentframe: the caller's frame
def currentframe():
    return sys._getframe(1)


getframeinfo = _unsupported('getframeinfo', 'frames cannot be inspected')
