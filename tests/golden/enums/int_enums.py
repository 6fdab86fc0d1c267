# IntEnum and IntFlag members are ints: arithmetic, comparisons with ints, hashing, json,
# formatting; mixed-in data types (int, float) keep the enumeration's repr.
import json
from enum import Enum, IntEnum, IntFlag, Flag, auto

class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.RED, "03d"))
print(isinstance(Color.RED, int), Color.RED == 1, Color.RED + 1, Color.BLUE * 2, Color.RED < Color.BLUE)
print(hash(Color.RED) == hash(1), {1: "one"}[Color.RED], Color(2), Color(2) is Color.GREEN)
print(json.dumps({"c": Color.RED, "list": [Color.GREEN]}), json.dumps({Color.BLUE: 1}))
print(sorted([Color.BLUE, Color.RED, 2]), max(Color), list(Color), len(Color))
print(["a", "b", "c", "d"][Color.RED], range(Color.BLUE), int(Color.GREEN), float(Color.GREEN))
print(Color.RED.value, Color.RED.name, type(Color.RED.value), Color.RED.real, bin(Color.BLUE))
print(Color["GREEN"], Color.RED in Color, 2 in [Color.GREEN], Color.RED.bit_length())
print(type(Color.RED + 1), type(-Color.RED), abs(Color.RED), Color.RED // 2, divmod(Color.BLUE, 2))
print("%d %s %r" % (Color.RED, Color.RED, Color.RED), "{} {!r} {:>5}".format(Color.RED, Color.RED, Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, isinstance(rw, int), rw == 6, rw + 1)
print(repr(Perm(7)), repr(Perm(0)), repr(~Perm.R), repr(Perm.R & 6), repr(Perm.R | 8), Perm.R | 1)
print(list(rw), bool(Perm(0)), json.dumps(rw), format(rw), f"{rw:x}")

class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()
print(list(Priority), Priority.HIGH > Priority.LOW, Priority.HIGH - Priority.LOW)

class Shape(float, Enum):
    SMALL = 1.5
    BIG = 10.0
print(repr(Shape.SMALL), Shape.SMALL * 2, isinstance(Shape.BIG, float), Shape(10.0))

class Mixed(int, Enum):
    A = 1
    B = 2
print(repr(Mixed.A), Mixed.A + Mixed.B, str(Mixed.A), Mixed(2), Mixed.A == 1)
class Weekday(Flag):
    MON = auto()
    TUE = auto()
print(repr(Weekday.MON | Weekday.TUE))
print(Color.__mro__)
print(Perm.__mro__)
