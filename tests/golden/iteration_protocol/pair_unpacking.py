# `for a, b in` over enumerate, zip of two and dict items: the values unpacked without the
# pair's tuple, and every way the loop can end, fail or be observed.
import gc


def gen(n):
    for i in range(n):
        yield i * 10


for i, w in enumerate(["a", "b", "c"], 5):
    print("enumerate", i, w)
for i, v in enumerate(gen(3)):
    print("enumerate gen", i, v)
for a, b in zip("xyz", range(10)):
    print("zip", a, b)
for a, b in zip(gen(5), "pq"):
    print("zip gen", a, b)
d = {"k": 1, "m": 2}
for k, v in d.items():
    print("items", k, v)
print({k: v * 2 for k, v in d.items()})
print([(i, c) for i, c in enumerate("hi")])

# the loop's own tuple is unpacked; other shapes take the usual path
for t in enumerate("ab"):
    print("tuple", t, type(t).__name__)
for a, b, c in zip("ab", "cd", "ef"):
    print("three", a, b, c)
for (a, b), c in zip(enumerate("uv"), "st"):
    print("nested", a, b, c)
try:
    for a, b, c in enumerate("ab"):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip("ab", "cd", strict=True):
        print("strict", a, b)
    for a, b in zip("ab", "c", strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError", e)

# a dict changing size while its items are unpacked
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print("RuntimeError", e)
# values replaced (not resized) are seen
d = {1: "a", 2: "b"}
for k, v in d.items():
    d[2] = "B"
    print("replaced", k, v)
# deleted then re-added: the size is the same, the deleted entry is skipped
d = {1: "a", 2: "b", 3: "c"}
for k, v in d.items():
    if k == 1:
        del d[2]
        d[4] = "d"
    print("churn", k, v)


# an error from the underlying iterator, then the loop's variables
def bad():
    yield 1
    raise KeyError("boom")


try:
    for i, v in enumerate(bad()):
        print("bad", i, v)
except KeyError as e:
    print("KeyError", e)
print("last", i, v)


# StopIteration from a user iterator inside zip ends it; the first iterable advanced once more
class Count:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls > self.n:
            raise StopIteration
        return self.calls


c = Count(5)
for a, b in zip(c, "ab"):
    print("count", a, b)
print("calls", c.calls)

# the iterator used by hand between loop steps
it = enumerate("abcd")
for i, w in it:
    print("step", i, w, next(it))

# break / continue / else, and a loop inside a generator
for i, w in enumerate("abc"):
    if i == 0:
        continue
    if w == "c":
        break
    print("body", i, w)
else:
    print("not reached")
for k, v in {}.items():
    print("empty")
else:
    print("empty else")


def pairs_gen(d):
    for k, v in d.items():
        yield k + v


print(list(pairs_gen({"a": "1", "b": "2"})))


# many iterations, collections in between: every pair intact
class Box:
    def __init__(self, v):
        self.v = v


boxes = {i: Box(i) for i in range(3000)}
total = 0
for k, b in boxes.items():
    total += k - b.v
    if k % 1000 == 0:
        gc.collect()
print("total", total)
total = 0
for i, (k, b) in enumerate(zip(boxes, boxes.values())):
    total += i + k + b.v
print("total", total)


# a subclass of dict with its own items() still gives what that returns
class D(dict):
    def items(self):
        return [("x", 1), ("y", 2)]


for k, v in D(a=1).items():
    print("subclass", k, v)
