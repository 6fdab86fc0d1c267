# Recursion through comparisons, hashing, sorting and key functions raises RecursionError at
# CPython 3.11's depth (==, < count a level; a sort of one type calls __lt__ directly; sorted,
# min, max and hash() count their call) (issue 16, item 3).
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


class DictHash:
    def __hash__(self):
        tick()
        return {self: 1} and 0


def sort_key(x):
    tick()
    return sorted([x], key=sort_key)


def mixed_key(x):
    tick()
    return sorted([x, "a"], key=mixed_key)


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
    ("dict key", lambda: {DictHash(): 1}),
    ("sorted key", lambda: sort_key(0)),
    ("sorted key, mixed", lambda: mixed_key(0)),
    ("min key", lambda: min_key(0)),
    ("max key", lambda: max_key(0)),
]
for name, case in cases:
    depth = 0
    try:
        case()
    except RecursionError as e:
        print(f"{name}: {depth} ({e})")
