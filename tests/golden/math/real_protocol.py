# math functions take any object with __float__ (Decimal, Fraction, a class), as PyFloat_AsDouble
import math
from decimal import Decimal
from fractions import Fraction
class F:
    def __float__(self): return 2.5
for f in (math.sqrt, math.floor, math.exp, math.log, math.log10, math.fabs, math.isnan, math.trunc):
    for v in (Decimal('2.25'), Fraction(9, 4), F(), "x", None):
        try:
            print(f.__name__, repr(f(v)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for v in ([Decimal('0.1')] * 10, [F(), 1], ["x"]):
    try:
        print(math.fsum(v), math.hypot(*v[:2]), math.dist(v[:2], [0, 0]))
    except Exception as e:
        print(type(e).__name__, e)
print(math.pow(Decimal(2), 3), math.atan2(Decimal(1), F()), math.copysign(F(), -1), math.isclose(Decimal('0.1'), 0.1), math.ldexp(Decimal('1.5'), 2))
