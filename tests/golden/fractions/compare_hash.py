from fractions import Fraction
import copy

values = [Fraction(1, 2), Fraction(3), Fraction(-3), Fraction(1, 3), Fraction(-7, 4),
          Fraction(10 ** 20, 3), Fraction(1, 2 ** 61 - 1), Fraction(2 ** 61 - 1), Fraction(0)]
for v in values:
    print(repr(v), hash(v), hash(v) == hash(float(v)) if v.denominator & (v.denominator - 1) == 0 else "")
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(-1)))
print({Fraction(1, 2): "half"}[0.5], {0.5: "float"}[Fraction(1, 2)], len({Fraction(2), 2, 2.0}))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5 + 0j, Fraction(3) == 3)
print(Fraction(1, 2) == "1/2", Fraction(1, 2) != 1, Fraction(1, 2) == float("nan"))
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) > float("-inf"), Fraction(1, 2) < float("nan"))
print(Fraction(5, 2) >= 2, 3 > Fraction(5, 2), Fraction(1, 3) < Fraction(1, 2))
for other in ["x", None, [1]]:
    try:
        Fraction(1, 2) < other
    except TypeError as e:
        print("TypeError:", e)
    try:
        Fraction(1, 2) + other
    except TypeError as e:
        print("TypeError:", e)
print(copy.copy(Fraction(1, 3)), copy.deepcopy([Fraction(2, 3)]))
print(isinstance(Fraction(1, 2), Fraction), type(Fraction(1, 2) + 1).__name__)
print(type(Fraction(1, 2) + 1.0).__name__, type(Fraction(1, 2) * 1j).__name__)
print(type(Fraction(4, 2) ** 2).__name__, type(2 ** Fraction(1, 2)).__name__)
import numbers
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Number))
