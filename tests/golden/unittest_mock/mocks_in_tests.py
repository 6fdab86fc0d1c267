# a tutorial's tests: unittest.TestCase with @patch decorators, patch.object in setUp with
# addCleanup, and IsolatedAsyncioTestCase with AsyncMock
import asyncio
import sys
import unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, patch


class WeatherClient:
    def get_temperature(self, city):
        raise ConnectionError('no network in tests')


class Reporter:
    def __init__(self, client):
        self.client = client

    def report(self, city):
        t = self.client.get_temperature(city)
        return f'{city}: {t} degrees'


def current_user():
    return 'real-user'


def greeting():
    return 'hello ' + current_user()


async def fetch_json(url):
    raise ConnectionError('no network in tests')


async def total_views(urls):
    pages = await asyncio.gather(*(fetch_json(u) for u in urls))
    return sum(p['views'] for p in pages)


class TestReporter(unittest.TestCase):
    def setUp(self):
        patcher = patch.object(WeatherClient, 'get_temperature', return_value=21)
        self.mock_get = patcher.start()
        self.addCleanup(patcher.stop)

    def test_report(self):
        r = Reporter(WeatherClient())
        self.assertEqual(r.report('Oslo'), 'Oslo: 21 degrees')
        self.mock_get.assert_called_once_with('Oslo')

    def test_with_mock_client(self):
        client = Mock = mock.Mock(spec=WeatherClient)
        client.get_temperature.return_value = -3
        self.assertEqual(Reporter(client).report('Tromso'), 'Tromso: -3 degrees')
        with self.assertRaises(AttributeError):
            client.get_humidity

    @patch('__main__.current_user', return_value='alice')
    def test_greeting(self, mock_user):
        self.assertEqual(greeting(), 'hello alice')
        mock_user.assert_called_once()

    @patch('__main__.current_user')
    def test_greeting_side_effect(self, mock_user):
        mock_user.side_effect = ['bob', 'carol']
        self.assertEqual([greeting(), greeting()], ['hello bob', 'hello carol'])
        self.assertEqual(mock_user.call_count, 2)

    def test_mock_assert_fails(self):
        m = MagicMock()
        m(1)
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_once_with(2)
        print(cm.exception)


@patch('__main__.current_user', new=lambda: 'zed')
class TestClassPatch(unittest.TestCase):
    def test_one(self):
        self.assertEqual(greeting(), 'hello zed')

    def test_two(self):
        self.assertEqual(current_user(), 'zed')


class TestAsyncCode(unittest.IsolatedAsyncioTestCase):
    @patch('__main__.fetch_json', new_callable=AsyncMock)
    async def test_total_views(self, mock_fetch):
        mock_fetch.side_effect = [{'views': 3}, {'views': 4}]
        self.assertEqual(await total_views(['a', 'b']), 7)
        self.assertEqual(mock_fetch.await_count, 2)
        mock_fetch.assert_has_awaits([mock.call('a'), mock.call('b')])

    async def test_patch_detects_async(self):
        with patch('__main__.fetch_json') as m:
            print(type(m).__name__)
            m.return_value = {'views': 10}
            self.assertEqual(await total_views(['x']), 10)
            m.assert_awaited_once_with('x')


print(current_user())
sys.stderr = sys.stdout
unittest.main(verbosity=2, exit=False)
print(current_user())
