# assertRaises / assertRaisesRegex as context managers and with a callable
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
print(cm.exception.__traceback__)

with t.assertRaises((KeyError, IndexError)) as cm:
    [][0]
print(repr(cm.exception))

t.assertRaises(ValueError, int, 'abc')
ctx = t.assertRaisesRegex(ValueError, r'invalid literal', int, 'abc')
print(ctx)

with t.assertRaisesRegex(KeyError, "'k'"):
    {}['k']


def check(block):
    try:
        block()
    except AssertionError as e:
        print('AssertionError:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)


def not_raised():
    with t.assertRaises(ValueError):
        pass


def not_raised_msg():
    with t.assertRaises(ValueError, msg='should have raised'):
        pass


def not_raised_by():
    t.assertRaises(ValueError, len, 'abc')


def wrong_exception():
    with t.assertRaises(ValueError):
        raise TypeError('a type error passes through')


def regex_mismatch():
    with t.assertRaisesRegex(ValueError, r'\d+'):
        raise ValueError('no digits')


def tuple_not_raised():
    with t.assertRaises((ValueError, TypeError)):
        pass


def bad_type():
    t.assertRaises('ValueError')


def bad_keyword():
    with t.assertRaises(ValueError, foo=1):
        pass


def warns_bad():
    t.assertWarns(ValueError)


for block in (not_raised, not_raised_msg, not_raised_by, wrong_exception, regex_mismatch,
              tuple_not_raised, bad_type, bad_keyword, warns_bad):
    check(block)


class TestInRunner(unittest.TestCase):
    def test_not_raised(self):
        with self.assertRaises(ValueError):
            int('42')


unittest.main()
