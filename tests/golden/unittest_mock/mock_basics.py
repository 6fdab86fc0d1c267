# Mock: calls are recorded (call_args, mock_calls, method_calls), return_value and side_effect,
# the assert_* methods and their messages, spec, configure_mock, reset_mock
from unittest import mock
from unittest.mock import Mock, MagicMock, AsyncMock, patch, call, ANY, sentinel
import unittest.mock
print(unittest.mock is mock)
m = Mock()
m.method(1, b=2)
m.method.assert_called_once_with(1, b=2)
print(m.method_calls, m.mock_calls, m.method.call_args, m.method.call_args_list)
r = m(3)
r.x.y(4)
print(m.mock_calls)
print(m.call_args.args, m.call_args.kwargs)
try:
    m.method.assert_called_with(2)
except AssertionError as e:
    print(e)
try:
    m.other.assert_called_once()
except AssertionError as e:
    print(e)
try:
    m.method.assert_not_called()
except AssertionError as e:
    print(e)
m.f.return_value = 42
print(m.f(), m.f.call_count)
m.g.side_effect = [1, 2, ValueError('no')]
print(m.g(), m.g())
try: m.g()
except ValueError as e: print('VE', e)
m.h.side_effect = KeyError('k')
try: m.h()
except KeyError as e: print('KE', e)
m.i.side_effect = lambda x: x * 2
print(m.i(21))
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm))
mm.__len__.return_value = 5
mm.__getitem__.return_value = 'item'
print(len(mm), mm[0], mm['k'])
mm.__getitem__.assert_has_calls([call(0), call('k')])
with mm as cm:
    print(cm is mm.__enter__.return_value)
print(mm == mm, mm != mm, mm == 1)
print(call(1, a=2), call.foo(1), call.foo().bar(2), call().x)
print(m.method.call_args == call(1, b=2), m.method.call_args == call(1, b=ANY))
print(sentinel.foo, sentinel.foo is sentinel.foo)
try:
    m.assret_called()
except AttributeError as e:
    print(e)
s = Mock(spec=['a', 'b'])
s.a
try:
    s.c
except AttributeError as e:
    print(e)
class Foo:
    x = 1
    def meth(self): pass
    async def ameth(self): pass
f = Mock(spec=Foo)
print(type(f.ameth).__name__, type(f.meth).__name__, f.__class__)
try: f.nope
except AttributeError as e: print(e)
ss = Mock(spec_set=Foo)
try: ss.zz = 3
except AttributeError as e: print(e)
n = Mock(name='thing', **{'a.return_value': 3, 'b.side_effect': KeyError})
print(n.a(), n._extract_mock_name(), n.a._extract_mock_name())
print(repr(m.method).startswith("<Mock name='mock.method' id="), repr(n).startswith("<Mock name='thing' id="), repr(m()).startswith("<Mock name='mock()' id="))
m.reset_mock()
print(m.method.call_count, m.mock_calls)
m2 = Mock()
m2(1); m2(2)
try: m2.assert_has_calls([call(2), call(1)])
except AssertionError as e: print(e)
m2.assert_has_calls([call(2), call(1)], any_order=True)
try: m2.assert_any_call(3)
except AssertionError as e: print(e)
try: m2.assert_called_once_with(1)
except AssertionError as e: print(e)
