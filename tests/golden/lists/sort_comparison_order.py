# list.sort compares as CPython's timsort does: the same comparisons in the same order (logged by
# __lt__ and hashed), the same permutation under an inconsistent __lt__, and the same partly
# sorted list when a comparison raises, for random, sorted, reversed, sawtooth and run-made data.
import random
log = []
class K:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
def check(name, data, **kw):
    log.clear()
    ks = [K(x) for x in data]
    out = sorted(ks, **kw)
    h = 0
    for a, b in log:
        h = (h * 1000003 + hash((a, b))) % (1 << 61)
    print(name, len(data), len(log), h, [k.v for k in out][:3] if out else [])
rng = random.Random(5)
for n in (0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 500, 1000, 2047):
    check("rand", [rng.randrange(n * 2 + 1) for _ in range(n)])
    check("dups", [rng.randrange(4) for _ in range(n)])
    check("sorted", list(range(n)))
    check("rev", list(range(n, 0, -1)))
    check("rev", [rng.randrange(3) for _ in range(n)], reverse=True)
    check("saw", [i % 37 for i in range(n)])
    check("runs", sorted(rng.randrange(100) for _ in range(n // 2)) + sorted((rng.randrange(100) for _ in range(n - n // 2)), reverse=True))
    check("key", [rng.randrange(50) for _ in range(n)], key=lambda k: K(-k.v))
    x = list(range(n))
    for _ in range(n // 20):
        i, j = rng.randrange(n), rng.randrange(n)
        x[i], x[j] = x[j], x[i]
    check("nearly", x)
    check("float", [rng.random() for _ in range(n)])
# inconsistent comparison: memory-safe, same permutation as CPython
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return rng.random() < 0.5
for n in (10, 100, 1000, 1500):
    xs = [Bad(i) for i in range(n)]
    rng.seed(n)
    xs.sort()
    print("bad", n, sum(i * b.v for i, b in enumerate(xs)) % 1000003, sorted(b.v for b in xs) == list(range(n)))
# a failing comparison leaves the list as far as the sort got
class Fail:
    def __init__(self, v, limit): self.v = v; self.limit = limit
    def __lt__(self, o):
        self.limit[0] -= 1
        if self.limit[0] < 0:
            raise RuntimeError("stop")
        return self.v < o.v
for n, lim in ((5, 3), (40, 30), (40, 100), (300, 1000), (300, 2000)):
    limit = [lim]
    xs = [Fail(rng.randrange(n), limit) for _ in range(n)]
    try:
        xs.sort(reverse=n % 2 == 0)
    except RuntimeError as e:
        print("fail", n, lim, e, [x.v for x in xs][:20], hash(tuple(x.v for x in xs)))
xs = [3, 1, 2, "a", 0]
try:
    xs.sort()
except TypeError as e:
    print(xs, e)
xs = [3, 1, 2, "a", 0]
try:
    xs.sort(reverse=True)
except TypeError as e:
    print(xs, e)
xs = [5, 4, 3, 2, 1]
try:
    xs.sort(key=lambda v: 1 / (v - 3))
except ZeroDivisionError as e:
    print(xs, e)
