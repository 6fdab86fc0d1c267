# Recursion through comparisons, hashing, sorting and key functions raises RecursionError at
# CPython 3.11's depth (==, < count a level; a sort of one type calls __lt__ directly; sorted,
# min, max and hash() count their call), natively and in wasm (issue 16, item 3).
depth = 0


def tick():
    global depth
    depth += 1


class Eq:
    def __eq__(self, other):
        tick()
        return self == other

    __hash__ = None


class Lt:
    def __lt__(self, other):
        tick()
        return self < other


class SortLt:
    def __lt__(self, other):
        tick()
        return sorted([self, other]) and True


class Hash:
    def __hash__(self):
        tick()
        return hash(self)


def min_key(x):
    tick()
    return min([x], key=min_key)


def max_key(x):
    tick()
    return max([x], key=max_key)


cases = [
    ("__eq__", lambda: Eq() == 1),
    ("__lt__", lambda: Lt() < 1),
    ("sort __lt__", lambda: sorted([SortLt(), SortLt()])),
    ("hash()", lambda: hash(Hash())),
    ("min key", lambda: min_key(0)),
    ("max key", lambda: max_key(0)),
]
for name, case in cases:
    depth = 0
    try:
        case()
    except RecursionError as e:
        print(f"{name}: {depth} ({e})")
