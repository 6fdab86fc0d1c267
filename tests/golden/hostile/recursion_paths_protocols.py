# Recursion through protocols called from native code raises RecursionError at CPython 3.11's
# depth: a class or an instance call counts a level (tp_call), len/bool/iter/next/getattr only
# in a function's first calls; loops warm a code object like calls (issue 16, item 3). In wasm
# a level through native code costs V8 stack (0.7-1.2 KB since run_frame is small enough for
# V8's full register allocator): every path reaches these depths there too, cold and warm.
depth = 0


def tick():
    global depth
    depth += 1


class StrCall:
    def __str__(self):
        tick()
        return str(self)


class Len:
    def __len__(self):
        tick()
        return len(self)


class Bool:
    def __bool__(self):
        tick()
        return bool(self)


class GetAttr:
    def __getattr__(self, name):
        tick()
        return getattr(self, name)


class Iter:
    def __iter__(self):
        tick()
        return iter(self)


class ForIter:
    def __iter__(self):
        tick()
        for x in self:
            pass
        return iter([])


class Next:
    def __next__(self):
        tick()
        return next(self)


class Contains:
    def __contains__(self, x):
        tick()
        return x in self


class Call:
    def __call__(self):
        tick()
        return self()


class Init:
    def __init__(self):
        tick()
        Init()


class Format:
    def __format__(self, spec):
        tick()
        return format(self, spec)


class Abs:
    def __abs__(self):
        tick()
        return abs(self)


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


def mapped(x):
    tick()
    return list(map(mapped, [x]))


def class_body():
    tick()

    class C:
        class_body()


def every(x):
    tick()
    return all(every(y) for y in [x])


cases = [
    ("len()", lambda: len(Len())),
    ("bool()", lambda: bool(Bool())),
    ("getattr()", lambda: GetAttr().x),
    ("iter()", lambda: iter(Iter())),
    ("for", lambda: [x for x in ForIter()]),
    ("next()", lambda: next(Next())),
    ("in", lambda: 1 in Contains()),
    ("__call__", lambda: Call()()),
    ("__init__", lambda: Init()),
    ("abs()", lambda: abs(Abs())),
    ("format()", lambda: format(Format(), "")),
    ("map", lambda: mapped(0)),
    ("dict key", lambda: {DictHash(): 1}),
    ("sorted key", lambda: sort_key(0)),
    ("sorted key, mixed", lambda: mixed_key(0)),
    ("class body", class_body),
    ("all(genexp)", lambda: every(0)),
    ("str()", lambda: str(StrCall())),
]
for round in range(2):  # the second round runs warm code
    for name, case in cases:
        depth = 0
        try:
            case()
        except RecursionError as e:
            print(f"{round} {name}: {depth} ({e})")
