# str, repr, to_eng_string and format specs.
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN, getcontext

for s in ["0", "-0", "1", "123.456", "1E+3", "1.000E+3", "0.000001", "0.0000001", "1E-7", "123E-10",
          "-1.5E+12", "12345678901234567890", "0E-8", "0E+5", "Infinity", "-Inf", "NaN", "-NaN7", "sNaN"]:
    d = Decimal(s)
    print(f"{s:>22} {str(d):>22} {d.to_eng_string():>22} {repr(d)}")
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "=+10.1f", "*>12,.2f", ",f", "e", ".3e", "E",
         ".2E", "g", ".3g", ".10g", "G", "%", ".1%", "+.2f", " .2f", "08.2f", "012,.2f", "z.1f", ".0e", "n", ".3n"]
values = ["1234.5678", "-0.000123", "0", "-0.001", "1E+10", "2.5", "Infinity", "NaN", "99.995"]
for spec in specs:
    print(f"{spec!r:12}", " | ".join(format(Decimal(v), spec) for v in values))
with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal("2.5"), ".0f"), format(Decimal("0.125"), ".2f"))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.9"), ".0f"), format(Decimal("-0.129"), ".2f"))
print(f"{Decimal('3.14159'):.2f}", "{:,}".format(Decimal("1234567.5")), "{0:>8}".format(Decimal("1.5")))
print("%s %r" % (Decimal("1.50"), Decimal("1.50")), "%.2f" % Decimal("2.675"), "%d" % Decimal("7.9"))
getcontext().capitals = 0
print(Decimal("1E+10"), repr(Decimal("1E+10")), format(Decimal("1E+10"), ""), format(Decimal("1E+10"), "g"))
getcontext().capitals = 1
for bad in ["_", "#", ".f", "x", "0<10", "10.2q", ",n"]:
    try:
        print(format(Decimal("1.5"), bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
