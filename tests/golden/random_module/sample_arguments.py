# random.sample checks its arguments as CPython does: the population must be a sequence,
# k is compared before it is used as a count, counts= repeats elements, k= may be a keyword.
import random


class Fussy:
    def __index__(self):
        return 2


def attempt(*args, **kwargs):
    try:
        print(random.sample(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


random.seed(7)
attempt({1, 2, 3}, 1)
attempt({'a': 1}, 1)
attempt([1, 2], 3)
attempt([1, 2], -1)
attempt([1, 2], 1.0)
attempt([1, 2], 2.5)
attempt([1, 2], '1')
attempt([1, 2], None)
attempt([1, 2], Fussy())
attempt([1, 2], True)
attempt(['red', 'blue'], counts=[4, 2], k=5)
attempt(['red', 'blue'], counts=[4], k=1)
attempt(['red', 'blue'], counts=[0, 0], k=1)
attempt(['red', 'blue'], counts=[1.0, 2.0], k=1)
attempt(range(10), k=3)
attempt(range(10 ** 12), 4)
attempt('abcdefgh', 8)
attempt((1, 2, 3), 0)
attempt([1, 2, 3])
print(random.Random(5).sample(range(100), 10))
print(sorted(random.sample(range(1000), 60))[:5])


class Letters:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'xyz'[i]


attempt(Letters(), 2)
from collections import deque, UserList
attempt(deque([1, 2, 3]), 2)
attempt(UserList([4, 5, 6]), 2)
attempt(memoryview(b'abc'), 2)
