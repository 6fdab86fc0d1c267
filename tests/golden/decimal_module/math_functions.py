# sqrt, exp, ln, log10, power: correctly rounded at several precisions.
from decimal import Decimal, localcontext, getcontext, Context, Inexact

for x in ["2", "10", "0.5", "3.7", "100", "1E-10", "123456.789", "9", "0.001", "1"]:
    d = Decimal(x)
    print(x, d.sqrt(), d.exp(), d.ln(), d.log10())
for prec in [5, 50, 80]:
    with localcontext(prec=prec):
        print(prec, Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(3).log10())
print(Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal(2) ** -2, Decimal(10) ** -3, Decimal(3) ** -1)
print(Decimal(2) ** Decimal("0.5"), Decimal(4) ** Decimal("0.5"), Decimal("1.5") ** Decimal("2.5"))
print(Decimal(-2) ** 3, Decimal(0) ** 5, Decimal("0.5") ** 100, Decimal("1.000") ** 3, Decimal(1) ** Decimal("0.5"))
print(Decimal(10) ** 30, Decimal(10) ** 50, Decimal("1.0000001") ** 1000000)
print(pow(Decimal(3), 4, 5), pow(Decimal(2), 100, 1000000007), 2 ** Decimal(3), 2 ** Decimal("0.5"))
print(Decimal(0).exp(), Decimal("-Infinity").exp(), Decimal("Infinity").ln(), Decimal(0).ln(), Decimal(1).ln())
print(Decimal("1E-30").exp(), Decimal(-1).exp(), Decimal(1000).exp(), Decimal(-1000).exp())
print(Decimal("0.01").log10(), Decimal("1000").log10(), Decimal("1E+100").log10(), Decimal(2).log10())
print(Decimal("0.25").sqrt(), Decimal("1E-8").sqrt(), Decimal("1.00").sqrt(), Decimal("-0").sqrt(), Decimal("16E+4").sqrt())
print(Decimal(5).fma(3, 2), Decimal("1.5").fma(Decimal("2"), Decimal("-3")))
print(Decimal(-12).copy_abs(), Decimal(5).copy_negate(), Decimal(5).copy_sign(Decimal(-1)), abs(Decimal("-3.5")), -Decimal("0"))
c = Context(prec=9)
print(c.exp(Decimal(2)), c.power(Decimal(2), Decimal("0.5")), c.ln(Decimal(5)), c.sqrt(Decimal(3)))
getcontext().clear_flags()
print(Decimal(4).sqrt(), getcontext().flags[Inexact], Decimal(2).sqrt(), getcontext().flags[Inexact])
with localcontext(Emax=100):
    try:
        Decimal(10) ** 200
    except Exception as e:
        print(type(e).__name__, e)
    print(Decimal("0.1") ** 200)
