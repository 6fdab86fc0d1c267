# Results and flags near the exponent limits: overflow by rounding mode, subnormals, clamping.
from decimal import *

def flags(ctx):
    return ",".join(sorted(k.__name__ for k, v in ctx.flags.items() if v))

ops = [("mul", lambda c: c.multiply(Decimal("9.99E+4"), 10)), ("add", lambda c: c.add(Decimal("9.999E+5"), Decimal("1E+3"))),
       ("div", lambda c: c.divide(Decimal("1E-5"), 7)), ("sub", lambda c: c.subtract(Decimal("1.5E-7"), Decimal("1E-7"))),
       ("tiny", lambda c: c.multiply(Decimal("1E-6"), Decimal("1E-6"))), ("plus", lambda c: c.plus(Decimal("1.23456E+5"))),
       ("zero", lambda c: c.plus(Decimal("0E+20"))), ("clampd", lambda c: c.plus(Decimal("1E+5"))),
       ("exp", lambda c: c.exp(Decimal("14"))), ("pow", lambda c: c.power(Decimal("0.5"), 30)),
       ("sqrt", lambda c: c.sqrt(Decimal("2E-9"))), ("ln", lambda c: c.ln(Decimal("1E-9"))),
       ("next", lambda c: c.next_plus(Decimal("9.99E+5"))), ("toward", lambda c: c.next_toward(Decimal("1E-7"), 0)),
       ("norm", lambda c: c.normalize(Decimal("1.200E+5"))), ("quant", lambda c: c.quantize(Decimal("1"), Decimal("1E-9")))]
for mode in [ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    for clamp in (0, 1):
        print("--", mode, "clamp", clamp)
        for name, op in ops:
            c = Context(prec=3, Emax=5, Emin=-5, rounding=mode, clamp=clamp, traps=[])
            r = op(c)
            print(f"{name:7}{str(r):>14}  {c.number_class(r):>12}  {flags(c)}")
for x in ["-1", "1"]:
    c = Context(prec=3, Emax=5, Emin=-5, traps=[])
    print(c.multiply(Decimal(x), Decimal("1E+6")), c.multiply(Decimal(x), Decimal("1E-8")), flags(c))
