# The specification's other operations: logical, shift/rotate, scaleb, logb, next_*, predicates.
from decimal import Decimal, Context, localcontext, getcontext, InvalidOperation

ctx = Context(prec=9, traps=[])
a, b = Decimal("1101"), Decimal("0111")
print(a.logical_and(b), a.logical_or(b), a.logical_xor(b), a.logical_invert(context=ctx))
print(ctx.logical_and(Decimal("1100"), Decimal("1010")), ctx.logical_invert(Decimal("0")))
print(Decimal("12").logical_and(Decimal("1"), context=ctx), ctx.flags[InvalidOperation])
print(Decimal("123456789").shift(2, context=ctx), Decimal("123456789").shift(-2, context=ctx))
print(Decimal("123456789").rotate(2, context=ctx), Decimal("123456789").rotate(-3, context=ctx))
print(Decimal("1.5").scaleb(3), Decimal("1.5").scaleb(-3), Decimal("Infinity").scaleb(2))
print(Decimal("1234.5").logb(), Decimal("0.001").logb(), Decimal("Infinity").logb())
print(ctx.logb(Decimal(0)), ctx.flags)
for x in ["1", "0", "-1E-999999", "1E-1000005", "Infinity", "-Infinity"]:
    d = Decimal(x)
    print(x, d.next_plus(), d.next_minus(), d.next_toward(0), d.next_toward(Decimal("Infinity")))
for x in ["1", "-0", "0", "1E-1000000", "Infinity", "-Infinity", "NaN", "sNaN", "-2.5"]:
    d = Decimal(x)
    print(f"{x:12}", d.number_class(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(),
          d.is_snan(), d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.is_canonical())
print(Decimal("7.50").remainder_near(2), Decimal("10").remainder_near(6), Decimal("-10").remainder_near(3))
print(ctx.remainder(Decimal("-7"), 3), ctx.divide_int(Decimal("-7"), 3), ctx.divmod(Decimal(7), Decimal("0.3")))
print(ctx.compare_signal(1, 2), ctx.max_mag(-5, 3), ctx.min(2, Decimal("NaN")), ctx.plus(Decimal("-0")), ctx.minus(Decimal("0")))
print(ctx.abs(Decimal("-1.23456789012")), ctx.subtract(1, Decimal("0.0000000001")), ctx.multiply(3, Decimal("0.333333333")))
print(ctx.quantize(Decimal("1.2345"), Decimal("0.01")), ctx.to_integral_exact(Decimal("2.5")), ctx.normalize(Decimal("1.200E+3")))
print(ctx.is_zero(0), ctx.is_signed(Decimal("-0")), ctx.copy_sign(3, -1), ctx.same_quantum(1, Decimal("1.0")), ctx.canonical(Decimal(3)))
print(ctx.to_eng_string(Decimal("123E+7")), ctx.to_sci_string(Decimal("-0.0000001")), ctx.radix(), ctx.number_class(1))
print(Decimal("0.00123E+10").to_eng_string(), Decimal("0E-7").to_eng_string(), Decimal("-1.5E-10").to_eng_string())
try:
    ctx.add("1", 2)
except TypeError as e:
    print("TypeError", e)
with localcontext(Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[])) as c:
    print(Decimal("1E+10") + 0, Decimal("1.2E+8") * 1, Decimal("1e-14") + 0, Decimal("123E+7").normalize())
    print(c)
