# how calls are named and compared: mock_calls through attributes, return values and magic
# methods, call objects as tuples, side_effect iterators, wraps, PropertyMock, deleting
from unittest.mock import Mock, MagicMock, call, ANY, patch, sentinel, DEFAULT, NonCallableMagicMock, PropertyMock
m = MagicMock()
m[0]; m['a'] = 1; del m['b']; len(m); m + 1; 1 - m; m += 2
print(m.mock_calls)
n = Mock()
n.a.b().c.d(1, x=2)
n().e()
print(n.mock_calls)
print(n.a.b.return_value.c.d.call_args, n.method_calls)
print(repr(n.a.b().c.d.call_args_list))
print(n.a.b().c.d.call_args == ((1,), {'x': 2}), n.a.b().c.d.call_args == call(1, x=ANY))
print(n.a.b().c.d.call_args == ('d', (1,), {'x': 2}), n.a.b().c.d.call_args == ('e', (1,), {'x': 2}))
def gen():
    yield 1
    yield 2
g = Mock(side_effect=gen())
print(g(), g())
try: g()
except StopIteration: print('StopIteration')
w = Mock(wraps={'k': 'v'})
print(w.get('k'), w.get.call_args)
mm = MagicMock()
mm.__iter__.return_value = [1, 2]
print(list(mm), list(mm))
mm.__getitem__.return_value = 'x'
print(mm[1:3], mm.__getitem__.call_args)
c = call.foo(1)
print(c[0], c[1], c[2], len(c), list(call(1, 2)))
print(call(1) == call(1), call(1) != call(2), call.a(1) == call.b(1))
print(call(1) in [call(2), call(1)])
p = MagicMock()
prop = PropertyMock(return_value=9)
type(p).prop = prop
print(p.prop)
p.prop = 10
print(prop.mock_calls)
m2 = Mock(**{'method.return_value': 1, 'other.return_value.x': 2})
print(m2.method(), m2.other().x)
print(Mock().called, Mock().call_args, Mock().call_count)
q = Mock()
q.x = 5
del q.x
try: q.x
except AttributeError as e: print('AE', e)
q.y
del q.y
try: q.y
except AttributeError as e: print('AE', e)
print(bool(Mock()), Mock() == Mock(), MagicMock() == 3)
nc = NonCallableMagicMock()
print(len(nc), nc.__class__.__name__)
s = Mock(spec=['x', '__call__'])
s()
try: s.y
except AttributeError as e: print(e)
