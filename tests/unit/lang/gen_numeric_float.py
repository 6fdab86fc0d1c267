#!/usr/bin/env python3
"""Writes data/float_cases.inc: float expectations computed by CPython (run with python3 3.11).

Each entry is {op, a, b, expected}. Float operands and float results are float.hex() strings
(exact); "repr" expects repr(); "!ExcType: message" is a raised exception.
"""
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "float_cases.inc")
rng = random.Random(1122)


def fhex(x):
    if math.isnan(x):
        return "-nan" if math.copysign(1, x) < 0 else "nan"
    return x.hex()


def run(f):
    try:
        r = f()
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(r, float):
        return fhex(r)
    if isinstance(r, tuple):
        return " ".join(fhex(v) if isinstance(v, float) else str(v) for v in r)
    return str(r)


cases = []


def add(op, a, b, f):
    cases.append((op, a, b, run(f)))


def rand_float():
    kind = rng.randint(0, 6)
    if kind == 0:  # any bit pattern
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if kind == 1:  # short decimals, the common case in lessons
        return float("%d.%de%d" % (rng.randint(0, 999), rng.randint(0, 99), rng.randint(-30, 30)))
    if kind == 2:
        return rng.uniform(-1000, 1000)
    if kind == 3:
        return rng.randint(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3, 7])
    if kind == 4:
        return math.ldexp(rng.random(), rng.randint(-1074, 1024))
    if kind == 5:
        return float(rng.randint(-10**18, 10**18))
    return rng.choice([0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1e16, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 2.0**-1022,
                       float("inf"), float("-inf"), float("nan"), 0.1, 0.2, 0.3, 1/3, 2/3, 100.0, 1e22, 1e23])


specials = [0.0, -0.0, 0.1, 0.1 + 0.2, 1e16, 1e-5, 1e-4, 0.0001, 123456789012345.0, 1234567890123456.0,
            12345678901234567.0, 1.2345678901234567e19, 9007199254740993.0, 2e16 + 8, 1e15, 9999999999999998.0,
            5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"),
            -float("nan"), 1/3, 2/3, 100.0, 1e22, 1e23, 0.000123, 123.456, 1.5, 2.675, 0.5, 2.5, -2.5, 3.5,
            0.125, 0.375, 1e300, -1e-300, 4.35, 0.045, 1.005, 2**53 + 0.0, 2.0**63, 2.0**64, 1e100]
floats = specials + [rand_float() for _ in range(1800)]
for x in floats:
    add("repr", fhex(x), "", lambda: repr(x))
    add("hash", fhex(x), "", lambda: hash(x) if not math.isnan(x) else 0)
    add("round0", fhex(x), "", lambda: round(x))
    n = rng.choice([0, 1, 2, 3, -1, -2, rng.randint(-330, 330)])
    add("round", fhex(x), str(n), lambda: round(x, n))
    add("is_integer", fhex(x), "", lambda: x.is_integer())
    add("ratio", fhex(x), "", lambda: x.as_integer_ratio())
    if x == x and abs(x) != math.inf:
        add("parse", repr(x), "", lambda: float(repr(x)))
        add("parse", "%.25g" % x, "", lambda: float("%.25g" % x))
for x in specials + [rand_float() for _ in range(120)]:
    for n in [0, 1, 2, 3, 5, 10, 17, 20, 300, 323, 324, -1, -2, -5, -10, -100, -308, -309]:
        add("round", fhex(x), str(n), lambda: round(x, n))
# Powers of two have an asymmetric rounding interval: the hardest case for shortest repr.
for k in range(-1074, 1024):
    x = math.ldexp(1.0, k)
    add("repr", fhex(x), "", lambda: repr(x))
    up = math.nextafter(x, math.inf)
    add("repr", fhex(up), "", lambda: repr(up))
for _ in range(3000):
    x = rand_float()
    add("repr", fhex(x), "", lambda: repr(x))
pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1.0, 0.0),
         (0.0, 0.0), (1e308, 1e-308), (5.0, 0.5), (-1e-300, 1e300), (1.0, float("inf")), (-1.0, float("inf")),
         (float("inf"), 2.0), (float("nan"), 2.0), (2.0, float("nan")), (0.1, 0.01), (3.0, 0.1)]
pairs += [(rand_float(), rand_float()) for _ in range(1000)]
for x, y in pairs:
    add("truediv", fhex(x), fhex(y), lambda: x / y)
    add("floordiv", fhex(x), fhex(y), lambda: x // y)
    add("mod", fhex(x), fhex(y), lambda: x % y)
    add("divmod", fhex(x), fhex(y), lambda: divmod(x, y))
def real_pow(x, y):
    """x ** y, where a complex result (not modelled by the playground) is the documented error."""
    r = x ** y
    if isinstance(r, complex):
        raise ValueError("complex result not supported")
    return r


pow_bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, float("inf"), float("-inf"), float("nan"), 1e308, 1e-308, 3.7, -8.0]
pow_exps = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1.5, 1e300, -1e300, float("inf"), float("-inf"), float("nan"), 400.0, -400.0, 1/3]
for x in pow_bases:
    for y in pow_exps:
        add("pow", fhex(x), fhex(y), lambda: real_pow(x, y))
for _ in range(300):  # exact small cases only: the platform pow() decides the rest
    x, y = float(rng.randint(-20, 20)), float(rng.randint(-10, 10))
    add("pow", fhex(x), fhex(y), lambda: x ** y)
texts = ["1", " 1.5 ", "\t-2.5e3\n", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_1",
         "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "infinit", "nan", "-nan", "+NaN", "nan(1)",
         "abc", "", " ", "1e", "1e+", ".5", "5.", ".", "-.5e-3", "0x1p3", "1.0.0", "1 0", "１.５", "٣.٥",
         "1e500", "-1e500", "1e-500", "2.4703282292062327e-324", "2.4703282292062328e-324", "'q'", "x" * 300,
         "0.1", "3.14159265358979323846264338327950288", "1" * 400, "\xa01.5\u3000", "+-1", "e5", "1E5"]
for t in texts:
    add("parse", t, "", lambda: float(t))


def c_str(s):
    out = []
    for ch in s.encode("utf-8"):
        if ch in (0x22, 0x5C):
            out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7F:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


with open(OUT, "w") as f:
    f.write("// Generated by gen_numeric_float.py with CPython %s. Do not edit.\n" % sys.version.split()[0])
    for op, a, b, e in cases:
        f.write("{%s, %s, %s, %s},\n" % (c_str(op), c_str(a), c_str(b), c_str(e)))
print("wrote", len(cases), "cases to", OUT)
