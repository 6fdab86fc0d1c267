# math over special values as CPython's math module treats them: domain errors (a nan from a
# number, a pole), range errors (an overflow), C99's special cases of pow, logs of ints too large
# for a float, and gamma/lgamma computed as CPython computes them (to the last digit).
import math

inf, nan = math.inf, math.nan
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.1, 1e-310, 1e-300, 710.0,
          -710.0, 1e300, -1e300, 171.5, -171.5, 1e308, inf, -inf, nan, 10**400, -(10**400), True,
          False, 7]
one_argument = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
                "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
                "erf", "erfc", "gamma", "lgamma", "fabs", "cbrt", "floor", "ceil", "trunc",
                "frexp", "modf", "isinf", "isnan", "isfinite", "degrees", "radians", "ulp"]
two_arguments = ["pow", "atan2", "copysign", "fmod", "remainder", "nextafter", "hypot", "log",
                 "isclose"]
pairs = [0.0, -0.0, 1.0, -1.0, 2.0, -8.0, 0.5, 1 / 3, 3.0, -3.0, 1e308, 400.0, -1100.0, inf,
         -inf, nan]


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name in one_argument:
    f = getattr(math, name)
    print(name, " | ".join(show(f, v) for v in values))
for name in two_arguments:
    f = getattr(math, name)
    for x in pairs:
        print(name, x, " | ".join(show(f, x, y) for y in pairs))
for x in pairs:
    print("ldexp", x, " | ".join(show(math.ldexp, x, k) for k in [0, 1, -1, 2000, -2000, 10**30]))
print("log of huge ints", math.log(10**400), math.log2(2**5000 + 1), math.log10(10**1000 - 1),
      math.log(10**400, 10), math.log(3**1000, 3**700))
print("log base 1:", show(math.log, 10, 1), "log(0, 10):", show(math.log, 0, 10))

# gamma and lgamma across their range: poles, reflection, the tiny and huge arguments
results = []
for k in range(-800, 800):
    x = k / 7.3
    results.append(f"{k}: {show(math.gamma, x)} {show(math.lgamma, x)}")
for x in [1e-21, -1e-21, 5e-324, 139.9, 140.5, 171.6, 171.7, 199.5, -199.5, -200.5, 1e10,
          -1e10 + 0.5, 2.5e15 + 0.5]:
    results.append(f"{x!r}: {show(math.gamma, x)} {show(math.lgamma, x)}")
print("\n".join(results))
