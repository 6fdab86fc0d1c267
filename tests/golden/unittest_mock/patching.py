# patch as a context manager, a decorator (stacked) and with start/stop; patch.object,
# patch.dict, patch.multiple, PropertyMock, mock_open, create=True and spec=True
import asyncio, json
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, patch, call, mock_open, PropertyMock

def fetch(x):
    return 'real ' + str(x)

def use():
    return fetch(1)

class Svc:
    def get(self): return 'real'
    async def aget(self): return 'areal'
    @property
    def prop(self): return 'p'


with patch('__main__.fetch') as p:
    p.return_value = 'fake'
    print(use())
    p.assert_called_once_with(1)
    print(repr(p).startswith("<MagicMock name='fetch' id="))
print(use())

@patch('__main__.fetch', return_value='deco')
def t(m):
    print(use(), m.call_count)
t()

@patch('json.dumps')
@patch('__main__.fetch')
def t2(mf, md):
    md.return_value = 'J'
    print(json.dumps({}), use() is mf.return_value)
t2()

with patch.object(Svc, 'get', return_value='obj'):
    print(Svc().get())
print(Svc().get())

d = {'a': 1}
with patch.dict(d, {'b': 2}):
    print(d)
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)

with patch.multiple('__main__', fetch=mock.DEFAULT, use=mock.DEFAULT) as vals:
    print(sorted(vals))

p = patch('__main__.fetch', new=lambda x: 'new')
p.start(); print(use()); p.stop(); print(use())

with patch.object(Svc, 'prop', new_callable=PropertyMock) as pm:
    pm.return_value = 'pp'
    print(Svc().prop)
    pm.assert_called_once_with()

m = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', m):
    with open('foo.txt') as f:
        print(f.read())
m.assert_called_once_with('foo.txt')
try:
    patch('nodots')
except TypeError as e: print(e)
try:
    with patch('__main__.nothere'): pass
except AttributeError as e: print(str(e).endswith("does not have the attribute 'nothere'"))
with patch('__main__.nothere', create=True) as n:
    print(nothere is n)
try:
    patch.object('str', 'x')
except TypeError as e: print(e)
with patch('__main__.Svc', spec=True) as S:
    inst = Svc()
    print(type(inst).__name__)
    try: inst.nope
    except AttributeError as e: print(e)
