# the messages of failing mock assertions and of misuse
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch, create_autospec
import asyncio


def show(f):
    try:
        f()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
    else:
        print('no error')


m = Mock(name='api')
show(lambda: m.assert_called())
show(lambda: m.assert_called_with(1))
show(lambda: m.fetch.assert_called_once_with('x'))
m(1, 2, k=3)
m(4)
show(lambda: m.assert_called_once())
show(lambda: m.assert_called_with(1, 2, k=3))
show(lambda: m.assert_not_called())
show(lambda: m.assert_has_calls([call(4), call(1, 2, k=3)]))
show(lambda: m.assert_has_calls([call(5)], any_order=True))
show(lambda: m.assert_any_call(9))
m.save('a')
show(lambda: m.save.assert_called_with('b'))
show(lambda: m.save.assert_called_once_with('a'))

a = AsyncMock(name='job')
show(lambda: a.assert_awaited())
show(lambda: a.assert_awaited_with(1))
show(lambda: a.assert_awaited_once())


async def use():
    await a(1)
    await a(2)
asyncio.run(use())
show(lambda: a.assert_awaited_once())
show(lambda: a.assert_awaited_once_with(2))
show(lambda: a.assert_awaited_with(3))
show(lambda: a.assert_any_await(5))
show(lambda: a.assert_has_awaits([call(2), call(1)]))
show(lambda: a.assert_not_awaited())
a.assert_has_awaits([call(2), call(1)], any_order=True)
a.assert_any_await(2)

show(lambda: m.assert_caled_once())
show(lambda: m.asert_called())
m2 = Mock(unsafe=True)
show(lambda: m2.assert_something())
show(lambda: Mock(spec=['a']).b)
show(lambda: setattr(Mock(spec_set=['a']), 'b', 1))
show(lambda: Mock().__iter__)
show(lambda: setattr(MagicMock(), '__getattr__', 1))
show(lambda: patch('nodot'))
show(lambda: patch.object('json', 'dumps'))
show(lambda: patch('__main__.show', new=1, new_callable=Mock))
show(lambda: patch.multiple('__main__'))
s = Mock()
s.side_effect = StopIteration
show(s)
it = Mock(side_effect=[1])
it()
show(it)
del m.save
show(lambda: m.save)
print(m.method_calls)
