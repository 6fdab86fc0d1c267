# Comparisons with int, float and Fraction; hashes equal to equal ints' and floats'; sets/dicts.
from decimal import Decimal, InvalidOperation, getcontext
from fractions import Fraction

vals = [Decimal("1"), Decimal("1.0"), Decimal("0.5"), Decimal("-2"), Decimal("1E+2"), Decimal("0.1")]
others = [1, 1.0, 0.5, Fraction(1, 2), Fraction(1, 10), 100, 0.1, -2, True]
for v in vals:
    print(repr(v), [v == o for o in others], [v < o for o in others])
for x in ["1", "1.0", "1.5", "-2.25", "1E+2", "0.1", "1E+30", "123456789.123456789", "-0", "Infinity", "-Infinity"]:
    d = Decimal(x)
    print(x, hash(d) == hash(float(d)), hash(d) == hash(Fraction(d)) if d.is_finite() else hash(d))
print(hash(Decimal(10**30)) == hash(10**30), hash(Decimal(-1)), hash(Decimal("0.5")))
print({Decimal("1.0"), Decimal(1), 1, 1.0}, {Decimal("0.5"): "half"}[0.5])
print(Decimal("1.0") == Decimal("1.00"), Decimal("2") > Decimal("1.99"), Decimal("-0") == Decimal("0"))
print(sorted([Decimal("2"), 1, 0.5, Decimal("-1"), Fraction(3, 2)]))
print(max(Decimal("1"), Decimal("1.0")), Decimal("1").max(Decimal("1.0")), Decimal("1.0").max(Decimal("1")))
print(Decimal("-1").min(Decimal("-1.00")), Decimal("2").max(Decimal("NaN")), Decimal("-3").max_mag(2), Decimal("-3").min_mag(2))
print(Decimal("1").compare(2), Decimal("2").compare(Decimal("2.0")), Decimal("NaN").compare(1))
print(Decimal("1.0").compare_total(Decimal("1")), Decimal("-NaN").compare_total(Decimal("1")), Decimal("1").compare_total_mag(-2))
print(Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1, Decimal("NaN") == 1.0)
try:
    Decimal("NaN") < 1
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    hash(Decimal("sNaN"))
except TypeError as e:
    print("TypeError", e)
try:
    Decimal("sNaN") == 1
except InvalidOperation as e:
    print("InvalidOperation", e)
print(Decimal(1) == 1 + 0j, Decimal(1) == "1", Decimal(1) != None)
try:
    Decimal(1) < "2"
except TypeError as e:
    print("TypeError", e)
print(Decimal("1.5").same_quantum(Decimal("2.5")), Decimal("1.5").same_quantum(Decimal("2")))
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("0.1")), Decimal("0.75").as_integer_ratio())
