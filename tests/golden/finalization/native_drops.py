# More natives drop the last reference and CPython runs __del__ right there: slice deletes and
# slice stores (a contiguous slice's items last first, an extended slice's in slice order),
# set.discard/remove (the element stored, not the argument)/clear, and collections.deque's
# bounded appends, remove, item stores and deletes.
import collections


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name if isinstance(other, str) else other is self


def step(what):
    print(what)


xs = [R("a"), R("b"), R("c"), R("d")]
step("del xs[1:3]")
del xs[1:3]
step("xs[:] = []")
xs[:] = []
xs = [R("e"), R("f"), R("g")]
step("xs[0:2] = [1]")
xs[0:2] = [1]
xs = [R("h"), R("i"), R("j"), R("k"), R("l")]
step("xs[::2] = [0, 0, 0]")
xs[::2] = [0, 0, 0]
step("xs[3:0:-2] = [1, 1]")
xs[3:0:-2] = [1, 1]
xs = [R("m"), 0, R("n"), 0, R("o")]
step("del xs[::-2]")
del xs[::-2]
xs = [R("p"), R("q")]
step("del xs[:]")
del xs[:]
step("xs[len(xs):] = [R('r')] appends, drops nothing")
xs[len(xs):] = [R("r")]
step("xs[:] = xs[::-1] keeps its item")
xs[:] = xs[::-1]
step("xs[0:1] = ()")
xs[0:1] = ()

s = {R("s1")}
step("s.discard('s1')")
s.discard("s1")
step("s.discard('absent')")
s.discard("absent")
s = {R("s2")}
step("s.remove('s2')")
s.remove("s2")
s = {R("s3")}
step("s.clear()")
s.clear()

dq = collections.deque([R("d1"), R("d2")], maxlen=2)
step("dq.append(0) past maxlen")
dq.append(0)
step("dq.appendleft(0) past maxlen")
dq.appendleft(0)
dq = collections.deque([R("d3"), R("d4"), R("d5")])
step("dq.remove('d4')")
dq.remove("d4")
step("dq[0] = 0")
dq[0] = 0
step("del dq[-1]")
del dq[-1]
dq = collections.deque([R("d6"), R("d7")], maxlen=3)
step("dq.extend([1, 2]) past maxlen")
dq.extend([1, 2])
step("end")
