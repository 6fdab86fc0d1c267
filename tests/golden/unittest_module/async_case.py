# IsolatedAsyncioTestCase: asyncSetUp/asyncTearDown, async cleanups, enterAsyncContext, a new
# event loop for every test, and sync tests next to async ones
import asyncio
import contextlib
import sys
import unittest

loops = []


@contextlib.asynccontextmanager
async def connection(name):
    print('  open', name)
    await asyncio.sleep(0)
    yield name + '-conn'
    print('  close', name)


async def fetch(x):
    await asyncio.sleep(0)
    return x * 2


class TestAsync(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        print('  setUp')
        self.events = []

    async def asyncSetUp(self):
        print('  asyncSetUp')
        self.conn = await self.enterAsyncContext(connection('db'))
        self.addAsyncCleanup(self.async_cleanup)

    async def async_cleanup(self):
        await asyncio.sleep(0)
        print('  async cleanup')

    async def asyncTearDown(self):
        print('  asyncTearDown')

    def tearDown(self):
        print('  tearDown')

    async def test_fetch(self):
        print('  test_fetch', self.conn)
        loops.append(asyncio.get_running_loop())
        self.assertEqual(await fetch(21), 42)

    async def test_gather(self):
        loops.append(asyncio.get_running_loop())
        results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
        self.assertEqual(results, [2, 4, 6])

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), timeout=0)

    def test_sync(self):
        self.assertTrue(asyncio.get_event_loop().is_running() is False)


sys.stderr = sys.stdout
unittest.main(verbosity=2, exit=False)
print(len(loops), loops[0] is not loops[1], loops[0].is_closed())
