#!/usr/bin/env python3
"""Writes data/bigint_cases.inc: BigInt expectations computed by CPython (run with python3 3.11).

Each entry is {op, a, b, expected}; operands are hex literals (parsed with base 0), expected
values are str() of the result, a float repr, or "!ExcType: message" for a raised exception.
"""
import os
import random
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "bigint_cases.inc")
rng = random.Random(20261122)


def h(v):
    return hex(v)


def rand_int(max_bits):
    bits = rng.choice([0, 1, 2, 31, 32, 33, 63, 64, 65, 100, rng.randint(0, max_bits)])
    v = rng.getrandbits(bits) if bits else rng.randint(0, 3)
    if rng.random() < 0.3 and bits > 2:  # runs of ones/zeros stress carries and borrows
        v = (1 << bits) - rng.choice([1, 2, 1 << rng.randint(0, bits - 1)])
    return -v if rng.random() < 0.5 else v


def run(f):
    try:
        r = f()
    except Exception as e:  # the exception is the expectation
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(r, float):
        return repr(r)
    return str(r)


cases = []


def add(op, a, b, f):
    cases.append((op, a, b, run(f)))


for _ in range(500):
    a, b = rand_int(1000), rand_int(1000)
    add("add", h(a), h(b), lambda: a + b)
    add("sub", h(a), h(b), lambda: a - b)
    add("mul", h(a), h(b), lambda: a * b)
    add("floordiv", h(a), h(b), lambda: a // b)
    add("mod", h(a), h(b), lambda: a % b)
    add("truediv", h(a), h(b), lambda: a / b)
    add("cmp", h(a), h(b), lambda: (a > b) - (a < b))
    add("and", h(a), h(b), lambda: a & b)
    add("or", h(a), h(b), lambda: a | b)
    add("xor", h(a), h(b), lambda: a ^ b)
for _ in range(30):  # big balanced products exercise Karatsuba
    a, b = rng.getrandbits(rng.randint(1500, 6000)), rng.getrandbits(rng.randint(1500, 6000))
    a = -a if rng.random() < 0.5 else a
    add("mul", h(a), h(b), lambda: hex(a * b))
    add("floordiv", h(a * b + a), h(b), lambda: hex((a * b + a) // b))
    add("mod", h(a * b + a), h(b), lambda: hex((a * b + a) % b))
for _ in range(400):
    a = rand_int(800)
    s = rng.randint(0, 200)
    add("neg", h(a), "", lambda: -a)
    add("invert", h(a), "", lambda: ~a)
    add("shl", h(a), str(s), lambda: a << s)
    add("shr", h(a), str(s), lambda: a >> s)
    add("bit_length", h(a), "", lambda: a.bit_length())
    add("hash", h(a), "", lambda: hash(a))
    add("float", h(a), "", lambda: float(a))
    add("str", h(a), "", lambda: str(a))
    add("hex", h(a), "", lambda: hex(a))
    add("oct", h(a), "", lambda: oct(a))
    add("bin", h(a), "", lambda: bin(a))
for _ in range(400):
    a, e = rand_int(200), rng.randint(0, 40)
    add("pow", h(a), str(e), lambda: a ** e)
    m = rand_int(150)
    e2 = rand_int(100)
    add("powmod", h(a), h(e2) + " " + h(m), lambda: pow(a, e2, m))
# Exact float boundaries: ties, subnormal quotients, overflow.
for k in [52, 53, 54, 55, 63, 64, 65, 100, 1023, 1024, 1025]:
    for d in [-2, -1, 0, 1, 2]:
        v = (1 << k) + d
        add("float", h(v), "", lambda: float(v))
        add("float", h(v << 900), "", lambda: float(v << 900))
        add("float", h((1 << 1024) - (1 << (970 - d if d > 0 else 970)) + d), "", lambda: float((1 << 1024) - (1 << (970 - d if d > 0 else 970)) + d))
for _ in range(300):
    a = rng.getrandbits(rng.randint(1, 300)) | 1
    b = rng.getrandbits(rng.randint(1000, 1200)) | 1
    add("truediv", h(a), h(b), lambda: a / b)
    add("truediv", h(b), h(a), lambda: b / a)
for _ in range(300):
    a = rand_int(200)
    n = rng.choice([-1, -2, -3, 0, 2, rng.randint(-70, 5)])
    add("round", h(a), str(n), lambda: round(a, n))
for a in [5, 15, 25, -5, -15, 50, 150, 250, -250, 1250, 1350, 10**20 + 5 * 10**9, 0]:
    for n in [-1, -2, -10, -25, -10**6]:
        add("round", h(a), str(n), lambda: round(a, n))
for a, b in [(1, 0), (0, 5), (0, -5), (-7, 2), (7, -2), (10**400, 1), (1, 10**400), (1, 1 << 1080), (3, 1 << 1075), (1, 1 << 1074), (1, 1 << 1075), (2**1024 - 2**970, 1), (2**1024 - 2**969, 1)]:
    add("truediv", h(a), h(b), lambda: a / b)
    add("floordiv", h(a), h(b), lambda: a // b)
    add("mod", h(a), h(b), lambda: a % b)
for a, e, m in [(2, -1, 5), (2, -1, 4), (2, 3, 0), (3, 4, -7), (-3, 5, 7), (5, 0, 1), (5, 0, -1), (0, 0, 3), (12345, -3, 1000003)]:
    add("powmod", h(a), h(e) + " " + h(m), lambda: pow(a, e, m))
add("shl", h(5), "-1", lambda: 5 << -1)
add("shr", h(5), "-1", lambda: 5 >> -1)
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**64, -(2**64) - 1, 2**63 - 1, -(2**63)]:
    add("hash", h(v), "", lambda: hash(v))
for v in [10**4299, 10**4300 - 1, 10**4300, -(10**4300), 2**14285, 2**14300, 2**100000]:
    add("str", h(v), "", lambda: str(v))

# int(text, base) parsing.
texts = ["0", "-0", "+7", "  42  ", "\t-17\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17",
         "0b101", "0b_101", "0b__1", "0x", "00", "000_0", "010", "0_7", "abc", "", " ", "12 3",
         "１２", "1e5", "9" * 30, "-" + "9" * 40, "z", "Z", "zz", "0xZ", "+-1", "--1", "1.0",
         "0_", "0b", "0o", "\x0b5\x0c", "\x1c9\x1f", "'quote'", '"dq"', "it's", "x" * 300,
         "1" * 4300, "1" * 4301, "1" * 4301 + "x", "f" * 5000, "7_" * 10 + "7", "\xa01", "é"]
for t in texts:
    for base in [0, 2, 8, 10, 16, 36, 1, 37]:
        if len(t) > 100 and base not in (10, 16):
            continue
        add("parse", t, str(base), lambda: hex(int(t, base)))
for _ in range(500):
    base = rng.choice([2, 3, 7, 8, 10, 12, 16, 20, 36])
    v = rand_int(400)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    m, s = abs(v), ""
    while m:
        m, d = divmod(m, base)
        s = digits[d] + s
    t = ("-" if v < 0 else "") + (s or "0")
    if rng.random() < 0.3:
        t = t.upper()
    add("parse", t, str(base), lambda: hex(int(t, base)))
for x in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e20, -1e20, 2.0**63, -2.0**63, 2.0**64, 1.7976931348623157e308, 123456789.987, float("inf"), float("-inf"), float("nan")]:
    add("from_double", repr(x), "", lambda: int(x))


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
    f.write("// Generated by gen_numeric_bigint.py with CPython %s. Do not edit.\n" % sys.version.split()[0])
    for op, a, b, e in cases:
        f.write("{%s, %s, %s, %s},\n" % (c_str(op), c_str(a), c_str(b), c_str(e)))
print("wrote", len(cases), "cases to", OUT)
