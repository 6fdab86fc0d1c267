from collections import namedtuple
import json
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, isinstance(p, tuple), p[0], p.x, len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), json.dumps(p), tuple(p), list(p))
x, y = p
print(x, y, p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, sorted([Point(2, 1), Point(1, 2)]))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, 2, x=3), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: p.x = 3
except AttributeError as e: print(e)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3(9, c=5), P3.__new__.__defaults__ if False else "", P3._field_defaults)
class Emp(namedtuple("Emp", "name salary")):
    def raise_(self, pct): return self._replace(salary=self.salary * (1 + pct))
print(Emp("a", 100).raise_(0.5), isinstance(Emp("a", 1), tuple))
match p:
    case Point(x=1, y=yy): print("matched", yy)
match p:
    case Point(a, b): print("positional", a, b)
print({p: 1}[(1, 2)], p.count(1), p.index(2), Point.__doc__)
from typing import NamedTuple
