# every assert* method's failure message (the AssertionError's text)
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(method, *args, **kwargs):
    try:
        getattr(t, method)(*args, **kwargs)
    except AssertionError as e:
        print(f'{method}: {e}')
    else:
        print(f'{method}: passed')


show('assertEqual', 1, 2)
show('assertEqual', 1, 1.0)
show('assertEqual', 'a', 'b')
show('assertEqual', None, 0)
show('assertNotEqual', 3, 3)
show('assertTrue', 0)
show('assertTrue', [])
show('assertFalse', 'x')
show('assertIs', [], [])
show('assertIsNot', None, None)
show('assertIsNone', 5)
show('assertIsNotNone', None)
show('assertIn', 4, [1, 2, 3])
show('assertIn', 'z', 'abc')
show('assertNotIn', 2, {1: 'a', 2: 'b'})
show('assertIsInstance', 3, str)
show('assertIsInstance', 3, (str, list))
show('assertNotIsInstance', 3, int)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.00000001)
show('assertAlmostEqual', 1.0, 1.1, places=2)
show('assertAlmostEqual', 10, 12, delta=1)
show('assertAlmostEqual', 10, 10.5, delta=1)
show('assertNotAlmostEqual', 1.0, 1.00000001)
show('assertNotAlmostEqual', 10, 10.5, delta=1)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertLess', 2, 1)
show('assertLessEqual', 2, 1)
show('assertRegex', 'hello world', r'^world')
show('assertNotRegex', 'hello world', r'wor.d')
show('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
show('assertCountEqual', 'abc', 'abd')
show('assertCountEqual', [[1], [2]], [[2], [3]])
show('assertSetEqual', {1, 2}, {2, 3})
show('assertSetEqual', {1}, set())
show('assertSetEqual', {1}, [1])
show('assertDictEqual', {'a': 1}, [('a', 1)])
show('assertMultiLineEqual', 'a', 5)
show('assertListEqual', [1], (1,))
show('assertTupleEqual', (1,), [1])
show('assertSequenceEqual', [1, 2], (1, 2))
show('assertSequenceEqual', 'abc', 'abd')
show('assertSequenceEqual', [1, 2], 5)
show('fail')
show('fail', 'custom failure')
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print('TypeError:', e)

# a msg is added after the standard message; with longMessage False it replaces it
show('assertEqual', 1, 2, 'numbers differ')
show('assertTrue', False, msg='flag was off')
t.longMessage = False
show('assertEqual', 1, 2, 'numbers differ')
show('assertEqual', 1, 2)
show('assertIn', 1, [], msg='not there')
