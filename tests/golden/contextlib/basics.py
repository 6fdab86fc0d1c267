# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, decorator use
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('oops')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@tag('deco')
def work():
    print('working')
work()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print('null', v)
with ExitStack() as stack:
    for n in 'xyz':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)
    print('body')
with ExitStack() as stack:
    stack.callback(print, 'first registered')
    stack.push(lambda *exc: print('push sees', exc[0].__name__) or True)
    raise ValueError('dropped')
print('end')
