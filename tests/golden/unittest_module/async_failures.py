# IsolatedAsyncioTestCase: failing and erroring async tests (the report's last lines: the
# traceback runs through the event loop's frames, which differ between machines)
import asyncio
import io
import unittest


class TestAsyncFailures(unittest.IsolatedAsyncioTestCase):
    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(await asyncio.sleep(0, result='a'), 'b')

    async def test_raises(self):
        await asyncio.sleep(0)
        raise ConnectionError('server went away')

    async def test_passes(self):
        self.assertIsNone(await asyncio.sleep(0))

    async def test_sleeps(self):
        # a long sleep costs no real time on the playground's virtual clock
        loop = asyncio.get_running_loop()
        start = loop.time()
        await asyncio.sleep(0.05)
        print('slept', round(loop.time() - start, 1))

    async def test_task_error(self):
        async def worker():
            raise ValueError('in a task')
        task = asyncio.create_task(worker())
        with self.assertRaisesRegex(ValueError, 'task'):
            await task


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(
    unittest.TestLoader().loadTestsFromTestCase(TestAsyncFailures))
print(stream.getvalue().splitlines()[0])
for test, text in result.failures + result.errors:
    print(test)
    print(text.splitlines()[-1])
print(result)
