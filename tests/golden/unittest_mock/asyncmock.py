# AsyncMock: awaiting records await_count/await_args; side_effect as a list, an exception or
# a coroutine function; MagicMock as an async context manager and async iterator
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

async def main():
    a = AsyncMock(return_value=5)
    print(await a(1))
    a.assert_awaited_once_with(1)
    a.assert_called_once()
    try: a.assert_awaited_with(2)
    except AssertionError as e: print(e)
    b = AsyncMock(side_effect=[1, ValueError('x')])
    print(await b())
    try: await b()
    except ValueError as e: print('VE', e)
    try: b.assert_awaited_once()
    except AssertionError as e: print(e)
    c = AsyncMock()
    r = await c.method(3)
    print(type(r).__name__)
    c.method.assert_awaited()
    try: c.other.assert_awaited()
    except AssertionError as e: print(e)
    async def eff(x): await asyncio.sleep(1); return x + 1
    d = AsyncMock(side_effect=eff)
    print(await d(1))
    mm = MagicMock()
    async with mm as v:
        print(type(v).__name__)
    mm.__aiter__.return_value = [1, 2]
    print([x async for x in mm])
    with patch.object(Svc, 'aget') as p:
        print(type(p).__name__)
        p.return_value = 'patched'
        print(await Svc().aget())
    print(await Svc().aget())
    co = AsyncMock()()
    print(asyncio.iscoroutine(co))
    await co
    try: c.assert_not_awaited()
    except AssertionError as e: print('nope')
    try: AsyncMock(name='z').assert_awaited_once()
    except AssertionError as e: print(e)

asyncio.run(main())
