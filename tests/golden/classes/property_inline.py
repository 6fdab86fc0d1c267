# Property getters run inline by LOAD_ATTR / LOAD_METHOD: the getter replaced on the class, a
# subclass overriding it with a plain attribute, getters with defaults or a generator's body,
# a getter that raises (traceback), recursion through a getter, a getter whose result is called.


class P:
    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    @property
    def meth(self):
        return lambda k: self.v + k


def show(objs):
    out = []
    for o in objs:
        out.append(o.double)
        out.append(o.meth(1))
    return out


ps = [P(1), P(2)]
for _ in range(3):
    print(show(ps))
P.double = property(lambda self: -self.v)
print(show(ps))


def with_default(self, extra=100):
    return self.v + extra


P.double = property(with_default)
print(show(ps))


def gen(self):
    yield self.v


P.double = property(gen)
print([list(x) for x in show(ps)[::2]])


class Q(P):
    double = "plain"


print([type(x).__name__ for x in show([P(5), Q(6), P(7)])])


class Bad:
    @property
    def boom(self):
        return 1 / 0


def read(o):
    return o.boom


for _ in range(2):
    try:
        read(Bad())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def down(self):
        return Deep(self.n - 1).down if self.n else 0


def limit(lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            Deep(mid).down
            lo = mid + 1
        except RecursionError as e:
            hi = mid
            msg = str(e)
    return lo, msg


print(limit(1, 3000))
read(Bad())
