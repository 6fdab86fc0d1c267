# Contexts: precision, rounding, flags and traps; localcontext and setcontext.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, Inexact, Rounded, DivisionByZero,
                     InvalidOperation, FloatOperation, ROUND_UP, ROUND_HALF_EVEN)

ctx = getcontext()
print(ctx)
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
ctx.prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(ctx)
ctx.clear_flags()
print(ctx)
with localcontext() as lc:
    lc.prec = 3
    print(Decimal(2).sqrt(), lc.prec, getcontext() is lc)
print(getcontext().prec, Decimal(2).sqrt())
with localcontext(prec=40, rounding=ROUND_UP) as lc:
    print(Decimal(1) / 3, lc.rounding)
with localcontext(Context(prec=2)):
    print(Decimal("1.234") + 0)
print(Decimal(1) / 3)
setcontext(ExtendedContext)
print(getcontext(), getcontext() is ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt())
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])
setcontext(Context())
c = Context(prec=5, rounding=ROUND_HALF_EVEN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[], traps=[InvalidOperation])
print(c)
print(c.Etiny(), c.Etop(), c.create_decimal("1.23456789"), c.create_decimal("1e20"))
print(c.divide(1, 3), c.add(Decimal("1e10"), 1), c.power(2, 10), c.sqrt(2))
print(c)
print(c.to_sci_string(Decimal("1.5E-12")), str(Decimal("1E+2")))
c2 = c.copy()
c2.prec = 9
print(c.prec, c2.prec, c2.flags == c.flags)
print(sorted(k.__name__ for k, v in c.flags.items() if v))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.ROUND_05UP)
getcontext().traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("FloatOperation", e)
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print("FloatOperation", e)
print(Decimal(1) == 1.0, Decimal.from_float(1.5), getcontext().create_decimal_from_float(0.5))
