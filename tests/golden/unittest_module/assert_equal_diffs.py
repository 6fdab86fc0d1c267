# assertEqual picks a type-specific comparison: the messages with difflib's diffs for
# lists, tuples, dicts, sets and (multi-line) strings; long reprs are shortened
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(first, second, **kwargs):
    try:
        t.assertEqual(first, second, **kwargs)
    except AssertionError as e:
        print(e)
        print('-' * 20)


show([1, 2, 3], [1, 2, 4])
show([1, 2, 3], [1, 2])
show([1, 2], [1, 2, 3, 4])
show((1, 'a'), (1, 'b'))
show([], [None])
show({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show({'name': 'Ada', 'langs': ['python', 'c'], 'age': 36},
     {'name': 'Ada', 'langs': ['python', 'rust'], 'age': 36})
show({1, 2, 3}, {2, 3, 4})
show(frozenset({'x'}), frozenset())
show('hello world', 'hello there')
show('first line\nsecond line\nthird line\n', 'first line\nsecond lime\nthird line\n')
show('one\ntwo', 'one\ntwo\n')
show('', 'text')
show('x' * 100, 'x' * 99 + 'y')
show('a' * 50 + 'MIDDLE' + 'b' * 50, 'a' * 50 + 'middle' + 'b' * 50)
show(list(range(30)), list(range(29)) + [99])
show([{'id': i, 'value': 'v' * i} for i in range(8)],
     [{'id': i, 'value': 'v' * (i + (i == 5))} for i in range(8)])
t.maxDiff = None
show([{'id': i, 'value': 'v' * i} for i in range(8)],
     [{'id': i, 'value': 'v' * (i + (i == 5))} for i in range(8)])
t.maxDiff = 80 * 8
show([1, 2], [1, 3], msg='lists differ')
show(1, '1')
show([1, 2], (1, 2))
show(12345678901234567890123456789012345678901234567890,
     12345678901234567890123456789012345678901234567891)
