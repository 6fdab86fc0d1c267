# quantize, round and to_integral with every rounding mode, and the context's rounding.
from decimal import *

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
values = ["2.5", "-2.5", "1.05", "-1.05", "1.15", "0.45", "0.451", "-0.449", "7.0", "9.95", "0.02",
          "1.51", "-1.49", "0.5"]
for mode in modes:
    row = [str(Decimal(v).quantize(Decimal("0.1"), rounding=mode)) for v in values]
    print(f"{mode:16}", " ".join(row))
for mode in modes:
    row = [str(Decimal(v).to_integral_value(rounding=mode)) for v in values]
    print(f"{mode:16}", " ".join(row))
for mode in modes:
    with localcontext(rounding=mode, prec=2):
        print(f"{mode:16}", [str(+Decimal(v)) for v in ["1.25", "-1.25", "1.35", "9.99", "0.155", "-0.155"]],
              round(Decimal("1.25"), 1), Decimal(10) / 3, Decimal(-10) / 3)
print(Decimal("123.456").quantize(Decimal("1E+1")), Decimal("123.456").quantize(Decimal("1.0000")))
print(Decimal("1.00").quantize(Decimal("0.1")), Decimal("0").quantize(Decimal("1e-5")), Decimal("-0.0001").quantize(Decimal("0.01")))
print(Decimal("7.5").to_integral_exact(), Decimal("8.5").to_integral(), Decimal("-7.5").to_integral_value())
print(Decimal("1e5").to_integral_value(), Decimal("Infinity").to_integral_value(), Decimal("NaN").quantize(1))
print(round(Decimal("1234.5678"), -2), round(Decimal("1234.5678"), 0), round(Decimal("0.5")), round(Decimal("-1.5")))
import math
print(math.floor(Decimal("-2.5")), math.ceil(Decimal("-2.5")), math.trunc(Decimal("-2.5")), math.floor(Decimal("2.5")))
c = getcontext()
c.clear_flags()
print(Decimal("1.23").quantize(Decimal("0.1")), c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(Decimal("1.20").quantize(Decimal("0.1")), c.flags[Inexact], c.flags[Rounded])
try:
    Decimal("123456789").quantize(Decimal("0.1"), context=Context(prec=5))
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("1.5").quantize(Decimal("1"), rounding="ROUND_NEAREST")
except TypeError as e:
    print("TypeError", e)
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP, context=Context(rounding=ROUND_DOWN)))
