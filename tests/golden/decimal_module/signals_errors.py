# The signals: hierarchy, what traps raise (and the list they carry), flags after the fact.
import decimal
from decimal import *

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e} {isinstance(e, ArithmeticError)}")

for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]], cls.__module__)
attempt(lambda: Decimal(1) / 0)
attempt(lambda: Decimal(0) / 0)
attempt(lambda: Decimal(1) // 0)
attempt(lambda: Decimal(1) % 0)
attempt(lambda: divmod(Decimal(1), 0))
attempt(lambda: Decimal(-4).sqrt())
attempt(lambda: Decimal("Infinity") - Decimal("Infinity"))
attempt(lambda: Decimal("Infinity") * 0)
attempt(lambda: Decimal("sNaN") + 1)
attempt(lambda: Decimal("NaN") + 1)
attempt(lambda: Decimal(0) ** 0)
attempt(lambda: Decimal(-8) ** Decimal("0.5"))
attempt(lambda: Decimal("1e999999") * 10)
attempt(lambda: Decimal(10) ** 1000000)
attempt(lambda: Decimal(1).ln() if False else Decimal(-1).ln())
attempt(lambda: Decimal("12345678901234567890123456789") // Decimal("0.1"))
attempt(lambda: Decimal(1) + "1")
attempt(lambda: Decimal(1) + 1.5)
attempt(lambda: 1.5 * Decimal(1))
attempt(lambda: Decimal(1).compare("x"))
attempt(lambda: Decimal(1).exp(context="x"))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e.args)
try:
    Decimal("x")
except ValueError:
    print("ValueError?")
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e.args[0][0].__name__)
c = getcontext()
c.traps[Inexact] = True
attempt(lambda: Decimal(1) / 3)
attempt(lambda: Decimal("1e999999") * 10)
c.traps[Inexact] = False
c.traps[Rounded] = True
attempt(lambda: Decimal("1.0000000000000000000000000000001") + 0)
c.traps[Rounded] = False
c.traps[DivisionByZero] = False
c.traps[InvalidOperation] = False
c.clear_flags()
print(Decimal(1) / 0, Decimal(0) / 0, divmod(Decimal(1), 0), Decimal(-1).sqrt(), Decimal("sNaN") + 1)
print(c)
with localcontext(Emin=-5, Emax=5, prec=3, traps=[]) as lc:
    print(Decimal("1e-7") / 1, Decimal("1.234e-6") + 0, Decimal("9.999e5") + 0, Decimal("1e-9") + 0)
    print(lc)
with localcontext(Emax=5, prec=3, traps=[Overflow, Underflow, Clamped, Subnormal]):
    attempt(lambda: Decimal("1e-999999") / 10)
    attempt(lambda: Decimal(10) ** 6)
try:
    with localcontext(prec=0):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    with localcontext(precision=5):
        pass
except TypeError as e:
    print("TypeError", e)
for bad in [("prec", "10"), ("rounding", "UP"), ("Emin", 5), ("Emax", -1), ("capitals", 2), ("clamp", -1)]:
    try:
        setattr(getcontext(), *bad)
    except (TypeError, ValueError) as e:
        print(bad[0], type(e).__name__, e)
for bad in [dict(prec=-1), dict(traps=[ValueError]), dict(flags={Inexact: True})]:
    try:
        Context(**bad)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    getcontext().traps = [Inexact]
except TypeError as e:
    print("TypeError", e)
try:
    setcontext("ctx")
except TypeError as e:
    print("TypeError", e)
