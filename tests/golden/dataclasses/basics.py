from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(Point(5), Point(y=3, x=4), Point.__doc__)
print(p.x, p.y, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=9), p)
print(Point.__match_args__, Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: list[str] = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)


a = Inventory("a")
b = Inventory("a")
a.items.append("apple")
print(a, b, a.items is b.items, a == b, Inventory("x", count=3) == Inventory("x", count=4))
print(asdict(a))


@dataclass
class Nested:
    point: Point
    points: list
    mapping: dict


n = Nested(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(n)
print(asdict(n))
print(astuple(n))

try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, x=3)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Recursive:
    name: str
    other: object = None


r = Recursive("r")
r.other = r
print(r)
