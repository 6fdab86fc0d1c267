# Generators consumed whole by list/tuple/set/sum/any/all/sorted/frozenset/dict.fromkeys:
# the item's own Python code (__hash__, __eq__, __add__, __bool__) reaching back into the
# generator, stopping early, errors at each point, return values and yield from.
import sys


def gen(n):
    for i in range(n):
        yield i
    return "done"


print(list(gen(4)), tuple(gen(3)), set(gen(5)), sum(gen(5)), frozenset(gen(2)))
print(any(x > 2 for x in gen(5)), all(x < 9 for x in gen(5)), any(()), all(gen(0)))
print(sum((x * 0.5 for x in gen(4)), 1), sum((x for x in gen(3)), 10))
print(sum(([x] for x in gen(3)), []), sorted(x % 3 for x in gen(7)))

# any/all stop early and leave the generator suspended where it was
g = gen(10)
print(any(x == 3 for x in g), next(g))
g = (x for x in range(10))
print(all(x < 4 for x in g), list(g))
print(any(g), all(g))
h = gen(6)
print(any(h), next(h), list(h))


# the item's __hash__ advances the same generator
class Peek:
    def __init__(self, v, src):
        self.v, self.src = v, src

    def __hash__(self):
        if self.v == 1:
            print("  hash of 1 takes", next(self.src[0], "end"))
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Peek) and other.v == self.v

    def __repr__(self):
        return f"P{self.v}"


src = []


def peeks():
    for i in range(5):
        yield Peek(i, src)
        print("  resumed after", i)


src.append(peeks())
print(sorted(set(src[0]), key=lambda p: p.v))


# the item's __hash__ closes the generator: the builtin then ends as at its end
class Closer:
    def __init__(self, v, g):
        self.v, self.g = v, g

    def __hash__(self):
        if self.v == 2:
            self.g[0].close()
            print("  closed; running:", self.g[0].gi_running, "frame:", self.g[0].gi_frame)
        return self.v


box = []
box.append(Closer(i, box) for i in range(6))
print(sorted(c.v for c in set(box[0])))


# the generator is running while the item is made, not while the builtin takes it
class Look:
    def __init__(self, g):
        self.g = g

    def __bool__(self):
        print("  running in __bool__:", self.g[0].gi_running)
        return True


gb = []
gb.append(Look(gb) for _ in range(2))
print(all(gb[0]))


def self_consuming():
    yield list(me)


me = self_consuming()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


# errors: in the generator, in the item's method, unhashable items, in __add__
def bad(n):
    for i in range(n):
        yield i
    raise KeyError("gen failed")


for consumer in (list, tuple, set, sum, any, sorted):
    try:
        consumer(bad(3))
    except KeyError as e:
        print(consumer.__name__, "KeyError", e)
try:
    all(bad(3))
except KeyError as e:
    print("all stopped at 0 first:", e)
print(all(bad(3)) if False else "skip")

g = ([i] for i in range(3))
try:
    set(g)
except TypeError as e:
    print("TypeError:", e, "| next:", next(g))


class Sick:
    def __add__(self, other):
        raise ArithmeticError("no add")

    __radd__ = __add__


g = (x for x in [1, Sick(), 3])
try:
    sum(g)
except ArithmeticError as e:
    print("ArithmeticError:", e, "| rest:", list(g))


class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth")


try:
    any(x for x in [0, BadBool()])
except RuntimeError as e:
    print("RuntimeError:", e)


# yield from inside a drained generator, and the return value is dropped
def outer():
    r = yield from gen(3)
    yield r
    yield from (c for c in "ab")


print(list(outer()), set(outer()) >= {0, "done", "a"})

# a generator already finished or partly consumed
g = gen(5)
next(g)
next(g)
print(list(g), list(g), sum(g), set(g), any(g), all(g))

# recursion through nested drains stays a RecursionError
def nest(n):
    yield sum(nest(n - 1)) if n else 0


sys.setrecursionlimit(200)
try:
    list(nest(500))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)

# a traceback through a drained generator
def deep():
    yield 1
    yield 1 / 0


print(sum(deep()))
