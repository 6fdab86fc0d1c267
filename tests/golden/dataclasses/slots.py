# dataclass(slots=True): __slots__ from the fields, no instance __dict__, defaults kept in __init__
from dataclasses import dataclass, field, fields, asdict, replace
@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"), Point.__qualname__, Point.__name__)
print(asdict(p), replace(p, y=5), p == Point(1), [f.name for f in fields(Point)], Point.__doc__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
@dataclass(slots=True, frozen=True)
class Frozen:
    a: int
    b: str = "b"
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), f.__getstate__())
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
g = Frozen(0)
g.__setstate__([7, "z"])
print(g)
@dataclass(slots=True)
class Point3(Point):
    z: int = 0
print(Point3(1, 2, [3], 4), Point3.__slots__)
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
print(W.__slots__)
@dataclass(slots=True, order=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return Version(self.major, self.minor + 1)
print(sorted([Version(2), Version(1, 5), Version(1).bump()]))
for kwargs in [dict(weakref_slot=True), dict(slots=True)]:
    try:
        @dataclass(**kwargs)
        class Bad:
            __slots__ = ("a",)
            a: int
    except TypeError as e:
        print(e)
class Base:
    __slots__ = ("x",)
@dataclass(slots=True)
class Child(Base):
    x: int
    y: int
print(Child.__slots__, Child(1, 2))
