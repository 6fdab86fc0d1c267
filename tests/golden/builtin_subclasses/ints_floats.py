# Subclassing int and float: instances are numbers (arithmetic, formatting, hashing, math,
# json) that also carry attributes and the subclass's own methods.
class Celsius(float):
    def __repr__(self):
        return f"Celsius({float.__repr__(self)})"
    def to_f(self):
        return self * 9 / 5 + 32

c = Celsius(36.6)
print(c, repr(c), str(c), c.to_f(), isinstance(c, float), type(c).__name__)
print(c + 1, 1 + c, c * 2, -c, abs(c), round(c), round(c, 0), int(c), float(c))
print(f"{c:.2f}", format(c, "e"), "%.1f" % c, c == 36.6, hash(c) == hash(36.6), bool(Celsius(0)))
import math
print(math.sqrt(Celsius(16)), c.is_integer(), c.real, c.imag, c.as_integer_ratio()[1] > 0)
class Flags(int):
    pass
f = Flags(5)
print(f, repr(f), f + 1, f & 4, f | 2, ~f, f << 2, [0] * Flags(3), "abc"[Flags(1)], list(range(Flags(3))))
print(f.bit_length(), f.real, f.numerator, f.denominator, hex(f), bin(f), f"{f:04d}", isinstance(f, int))
d = {5: "five"}
print(d[f], f in d, {f: 1}[5], sorted([Flags(3), 1, Flags(2)]))
f.label = "x"
print(f.label, f.__dict__, vars(f))
class Money(int):
    def __new__(cls, value, currency="EUR"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj
    def __str__(self):
        return f"{int(self)} {self.currency}"
m = Money(12, "USD")
print(m, m + 3, type(m + 3).__name__, str(m), repr(m))
print(Flags("12"), Flags("ff", 16), Flags(), Celsius(), Celsius("1.5"))
try:
    class Bad(int, float): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class B2(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Flags)
except TypeError as e:
    print("TypeError:", e)
import json
print(json.dumps({"a": Flags(3), "b": Celsius(2.5)}))
print(int.__add__(f, 1), float.__mul__(c, 2), Flags.__mro__)
print(divmod(Flags(7), 2), pow(Flags(2), 10), max(Flags(3), 2), sum([Flags(1), Flags(2)]))

import copy

class Meters(float):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
    def __add__(self, other):
        return Meters(float(self) + float(other), self.unit)
    __radd__ = __add__
    def __repr__(self):
        return f"Meters({super().__repr__()} {self.unit})"

m = Meters(2.5)
print(m + 1, 1 + m, m + m, sum([m, m], Meters(0)), type(m - 1).__name__, m - 1)
print(m.unit, super(Meters, m).__repr__(), float.__add__(m, 1), m.__class__.__name__)

class Even(int):
    def __init__(self, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
e = Even(4)
print(e, e // 2, Even(8) > e)
try:
    Even(3)
except ValueError as exc:
    print("ValueError:", exc)

class Cents(int):
    def __eq__(self, other):
        return int(self) == int(other) * 100 if isinstance(other, float) else int.__eq__(self, other)
print(Cents(100) == 1.0, Cents(100) == 100, Cents.__hash__)

class Vec(int):
    def __radd__(self, other):
        return "Vec.__radd__"
print(1 + Vec(2), Vec(2) + 1)

class Zero(int):
    pass
print(bool(Zero()), bool(Zero(3)), not Zero(), Zero() or "empty")
z = Zero(7)
print(copy.copy(z), type(copy.copy(z)).__name__, copy.deepcopy(z))
print(math.floor(Meters(2.7)), math.ceil(Meters(2.1)), math.isclose(Meters(1.0), 1.0), round(Meters(2.567), 2))
print(math.factorial(Zero(5)), math.gcd(Zero(12), 8), pow(Zero(3), 2, 5), Zero(10) ** Zero(2))
print(int.__repr__(Zero(5)), float.__repr__(Meters(1.0)), Zero(5).to_bytes(2, "big"), Zero.from_bytes(b"\x01\x00", "big"))
print(type(Zero.from_bytes(b"\x01", "big")).__name__)
print(isinstance(True, int), issubclass(Zero, int), Zero.__bases__, Zero(3).__index__())
x = Zero(5)
x += 1
print(x, type(x).__name__)
print(f"{Meters(3.14159):.2f}", "%.3f" % Meters(2), "%5d|" % Zero(42), str(Zero(9)).zfill(3))
print(hash(Meters(1.5)) == hash(1.5), {Meters(1.5): "a"}[1.5], Meters(1.5) in {1.5})
class Small(int):
    __slots__ = ()
s = Small(3)
try:
    s.x = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(s, s * 2, hasattr(s, "__dict__"))
