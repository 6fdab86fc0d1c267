# MagicMock's magic methods: defaults, configured return values, and comparison
from unittest.mock import MagicMock, Mock, NonCallableMock, call

m = MagicMock()
print(len(m), list(m), 3 in m, bool(m), int(m), float(m), complex(m))
print(m == m, m != m, m == 1, m != 1)
print(m < 1 if False else 'lt skipped')
try:
    m < 1
except TypeError as e:
    print('TypeError:', e)
m.__len__.return_value = 3
m.__iter__.return_value = iter(['a', 'b'])
m.__contains__.return_value = True
m.__getitem__.side_effect = lambda k: k * 2
m.__bool__.return_value = False
print(len(m), list(m), 'x' in m, m[4], m['ab'], bool(m))
m['key'] = 'value'
m.__setitem__.assert_called_once_with('key', 'value')
print(m.__getitem__.call_args_list, m.__contains__.call_count)
with m as entered:
    print(entered is m.__enter__.return_value)
m.__exit__.assert_called_once_with(None, None, None)
m.__eq__.return_value = True
print(m == 42)

plain = Mock()
try:
    len(plain)
except TypeError as e:
    print('TypeError:', e)
plain.__len__ = lambda self: 9
print(len(plain))
plain.__str__ = Mock(return_value='custom str')
print(str(plain))

nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print('TypeError:', e)
print(type(nc.method).__name__, type(nc.method()).__name__)

parent = MagicMock()
child1 = Mock(return_value=None)
child2 = Mock(return_value=None)
parent.attach_mock(child1, 'child1')
parent.attach_mock(child2, 'child2')
child1(1)
child2(2)
print(parent.mock_calls)
print(parent.mock_calls == [call.child1(1), call.child2(2)])

manager = MagicMock()
manager.open_file('a.txt').read()
manager.open_file.assert_called_with('a.txt')
print(manager.mock_calls)
print(manager.method_calls)
print(call.open_file('a.txt').read().call_list())

c = call(1, 2, key='v')
print(c.args, c.kwargs, c == call(1, 2, key='v'), c != call(1))
print(call.a.b.c(1))
print(call.count(3), call.index(4))
