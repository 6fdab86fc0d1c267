# an AsyncMock counts as a coroutine function; a spec's coroutine methods become AsyncMocks;
# IsolatedAsyncioTestCase awaits an AsyncMock cleanup
import inspect
import io
import unittest
from unittest.mock import AsyncMock, MagicMock, Mock

a = AsyncMock()
print(inspect.iscoroutinefunction(a), inspect.iscoroutinefunction(Mock()),
      inspect.iscoroutinefunction(MagicMock()))
print(a.__name__, type(a.__code__).__name__)


class Service:
    async def fetch(self):
        pass

    def close(self):
        pass


m = Mock(spec=Service)
print(type(m.fetch).__name__, type(m.close).__name__, inspect.iscoroutinefunction(m.fetch))
m = MagicMock(Service)
print(type(m.fetch).__name__, type(m.close).__name__)


class T(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.cleanup = AsyncMock()
        self.addAsyncCleanup(self.cleanup, 1)

    async def test_x(self):
        pass


t = T('test_x')
result = unittest.TestResult()
t.run(result)
print(result, t.cleanup.await_count, t.cleanup.await_args)
