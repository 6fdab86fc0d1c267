# Which math calls fail and how, over special values, with each result shown only by its kind
# (the exact digits are special_values.py's: the page's libm differs from glibc's in the last
# bit for some of them, so this program is the one both builds must pass to the byte).
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


def kind(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    if isinstance(r, float):
        if r != r or r in (inf, -inf) or r == 0:
            return repr(r)
        return "+" if r > 0 else "-"
    return type(r).__name__


for name in one_argument:
    f = getattr(math, name)
    print(name, " ".join(kind(f, v) for v in values))
for name in two_arguments:
    f = getattr(math, name)
    for x in pairs:
        print(name, x, " ".join(kind(f, x, y) for y in pairs))
print("gamma", " ".join(kind(math.gamma, k / 4) for k in range(-40, 41)))
print("lgamma", " ".join(kind(math.lgamma, k / 4) for k in range(-40, 41)))
