from fractions import Fraction

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

for text in ["1 / 2", "abc", "1/0", ".", "1/-2", "1_/2", "1 .5", "", "0x10", "1/2/3", "--1"]:
    attempt(lambda: Fraction(text))
attempt(lambda: Fraction(1, 0))
attempt(lambda: Fraction(3, 4) / 0)
attempt(lambda: Fraction(-3, 4) / Fraction(0))
attempt(lambda: Fraction(0) ** -1)
attempt(lambda: 1 / Fraction(0))
attempt(lambda: Fraction(1.5, 2))
attempt(lambda: Fraction([1]))
attempt(lambda: Fraction(float("inf")))
attempt(lambda: Fraction(float("nan")))
attempt(lambda: Fraction.from_float("x"))
attempt(lambda: Fraction(1, 3).limit_denominator(0))
attempt(lambda: f"{Fraction(1, 3):.2f}")
attempt(lambda: Fraction(1, 2) // 0)
attempt(lambda: Fraction(1, 2) % 0)
attempt(lambda: divmod(Fraction(1, 2), 0))
attempt(lambda: Fraction(1, 2) + "x")
attempt(lambda: [1, 2][Fraction(1)])
attempt(lambda: Fraction(1, 2) < 1j)
