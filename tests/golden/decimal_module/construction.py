# Decimal from str (all the syntax), int, float, tuple, Decimal; as_tuple; special values.
from decimal import Decimal, Context, InvalidOperation, getcontext, DecimalTuple

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

for s in ["1", "-1.50", "+.5", "5.", "1e3", "1E-3", "1.5e+10", "  7  ", "\t-8\n", "1_000", "1_000.000_1",
          "inf", "-Infinity", "INF", "nan", "NaN123", "-sNaN", "snan45", "0.000", "-0E+3", "00012.3400",
          "1e999999", "١٢٣", "abc", "", "1.2.3", "1e", "e1", "1 000", "_1", "1_", "1__0", "0x1F", "nan1a",
          "Infinityx", ".", "+-1", "1e+-3", "1e9999999999999999999"]:
    attempt(lambda: Decimal(s))
getcontext().traps[InvalidOperation] = False
print(Decimal("abc"), getcontext().flags[InvalidOperation])
getcontext().traps[InvalidOperation] = True
for v in [0, -17, 2**100, 0.1, -0.0, 1e300, 5e-324, float("inf"), float("nan"), 0.5, 1/3]:
    attempt(lambda: Decimal(v))
for t in [(0, (1, 4, 1, 4), -3), (1, (0,), 0), (0, (1,), 5), (0, (), "n"), (1, (4, 2), "N"), (0, (0,), "F"),
          [1, [2, 5], -1], (2, (1,), 0), (0, (1, 10), 0), (0, (1,), "x"), (0, (1,), 1.5), (0, 1, 0), (0, (1,))]:
    attempt(lambda: Decimal(t))
for v in [None, b"1", [1, 2], 1j, {}, object]:
    attempt(lambda: Decimal(v))
for s in ["1.25", "-0.00", "1E+5", "Infinity", "NaN12", "-sNaN"]:
    print(s, Decimal(s).as_tuple())
t = Decimal("-3.14").as_tuple()
print(t.sign, t.digits, t.exponent, isinstance(t, tuple), DecimalTuple(0, (1,), 0))
print(Decimal(Decimal("1.50")), Decimal(), Decimal("1.5", Context(prec=1)))
attempt(lambda: Decimal.from_float("1.5"))
attempt(lambda: Decimal.from_float(2**70))
attempt(lambda: Decimal("1", context=1))
c = Context(prec=3)
print(c.create_decimal("3.14159"), c.create_decimal(2**70), c.create_decimal(Decimal("9.999")), c.create_decimal())
print(Decimal("1.5").adjusted(), Decimal("123E+4").adjusted(), Decimal("0.001").adjusted(), Decimal("NaN").adjusted())
print(Decimal("12.500").as_integer_ratio(), Decimal("-0.125").as_integer_ratio())
attempt(lambda: Decimal("NaN").as_integer_ratio())
attempt(lambda: Decimal("Infinity").as_integer_ratio())
attempt(lambda: int(Decimal("NaN")))
attempt(lambda: int(Decimal("-Infinity")))
attempt(lambda: float(Decimal("sNaN")))
print(float(Decimal("NaN")), float(Decimal("-Infinity")), complex(Decimal("1.5")), bool(Decimal("0.0")), bool(Decimal("NaN")))
print(Decimal("1.5").real, Decimal("1.5").imag, Decimal("1.5").conjugate(), Decimal(7).radix())
class Money(Decimal):
    pass
m = Money("1.50")
print(type(m).__name__, repr(m), type(m + 1).__name__, isinstance(m, Decimal), type(Money.from_float(0.5)).__name__)
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
