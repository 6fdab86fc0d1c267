# Protocol slots written in Python that fail in every way (an exception inside, a result
# the caller rejects, arguments that do not bind, RecursionError deep down, StopIteration
# ending a for) give back the levels of the recursion limit their call counted: the depth a
# plain recursion reaches is the same before and after, and the same as CPython's.
import sys


def probe():
    n = 0

    def down():
        nonlocal n
        n += 1
        down()

    try:
        down()
    except RecursionError:
        pass
    return n


class Bad:
    def __len__(self):
        return -1

    def __bool__(self):
        raise KeyError("bool")

    def __str__(self):
        return 5

    def __contains__(self, a, b):
        return True

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __format__(self, spec):
        raise ValueError(spec)

    def __getattr__(self, name):
        raise AttributeError(name)


class Deep:
    def __len__(self):
        return len(self)


def failures():
    x = Bad()
    tries = [
        lambda: len(x),
        lambda: bool(x),
        lambda: str(x),
        lambda: 1 in x,
        lambda: format(x, "s"),
        lambda: getattr(x, "a"),
        lambda: x.a,
        lambda: not x,
        lambda: len(Deep()),
    ]
    caught = []
    for t in tries:
        try:
            t()
        except Exception as e:
            caught.append(type(e).__name__)
    return caught, [v for v in x]


before = probe()
for i in range(30):
    result = failures()
print(result)
after = probe()
print(before, after, before == after)
sys.setrecursionlimit(200)
print(probe(), len(Deep()) if False else "limit 200")
try:
    len(Deep())
except RecursionError as e:
    print("deep len at 200:", e)
sys.setrecursionlimit(1000)
print(probe())
