# contextlib: asynccontextmanager and AsyncExitStack inside asyncio.run
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack
@asynccontextmanager
async def connection(name):
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name + '-conn'
    finally:
        await asyncio.sleep(0)
        print('close', name)
async def main():
    async with connection('db') as c:
        print('using', c)
    try:
        async with connection('api'):
            raise ValueError('bad')
    except ValueError as e:
        print('caught', e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection('a'))
        b = await stack.enter_async_context(connection('b'))
        async def later():
            print('async callback')
        stack.push_async_callback(later)
        stack.callback(print, 'sync callback')
        print('have', a, b)
asyncio.run(main())
