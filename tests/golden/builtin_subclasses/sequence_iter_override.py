# A list or tuple subclass with its own __iter__ is iterated through it wherever CPython
# iterates (unpacking, list()/tuple()/set(), *args, extend, +=, slice stores, min/max),
# while len, indexing and == still see the items; namedtuples unpack as tuples.
class T(tuple):
    def __iter__(self): return iter([9, 9])
class L(list):
    def __iter__(self): return iter([7, 7])
t = T((1, 2)); l = L([1, 2])
a, b = t; print(a, b)
a, *b = t; print(a, b)
c, d = l; print(c, d)
print(tuple(t), list(t), list(l), tuple(l), [*t], [*l], set(t), sorted(l))
print(max(t), sum(l), " ".join(map(str, t)), dict.fromkeys(t))
def f(*args): return args
print(f(*t), f(*l))
for x in t: print(x, end=" ")
print([x for x in l])
from collections import namedtuple
P = namedtuple("P", "x y"); p = P(1, 2); x, y = p; print(x, y, tuple(p))
xs = [0]; xs += t; xs.extend(l); print(xs)
ys = [0, 0, 0]; ys[1:2] = t; print(ys)
print(min(l), sorted(t), list(reversed(l)), len(t), t[0], l[1], t == (1, 2))
print(" ".join(map(str, l)), list(zip(t, l)), list(enumerate(t)))
