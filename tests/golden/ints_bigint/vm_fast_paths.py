# The interpreter's fast paths for int and float operators (and their edges: overflow into
# big ints, division by zero, floors of negatives, ints too big to be exact as floats, nan).
import math

BIG = 2**63 - 1
SMALL = -2**63


def ops(a, b):
    out = []
    for name, f in [("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b),
                    ("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b),
                    (">>", lambda: a >> b), ("&", lambda: a & b), ("|", lambda: a | b),
                    ("^", lambda: a ^ b)]:
        try:
            out.append(f"{name}{f()!r}")
        except Exception as e:
            out.append(f"{name}{type(e).__name__}:{e}")
    return " ".join(out)


def inline_ops(a, b):
    # the same operators written inline (the instructions' own fast paths, not via lambdas)
    r = []
    r.append(a + b)
    r.append(a - b)
    r.append(a * b)
    if b != 0:
        r.append(a / b)
        r.append(a // b)
        r.append(a % b)
    return r


pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (SMALL, -1), (BIG, 1), (SMALL, 1),
         (BIG, 2), (SMALL, 2), (-1, 64), (5, 63), (-5, 70), (5, -1), (2**53 + 1, 3), (2**60, 7)]
for a, b in pairs:
    print(a, b, ops(a, b))
    if b >= 0 or True:
        try:
            print(" ", inline_ops(a, b))
        except Exception as e:
            print(" ", type(e).__name__, e)

floats = [(7.5, 2), (2, 7.5), (-7.5, 2.0), (1.0, 0), (0, 0.0), (1e308, 10), (2**62, 0.5),
          (2**53 + 1, 1.0), (float("nan"), 1), (float("inf"), 2), (-0.0, 3), (3, -0.0)]
for a, b in floats:
    out = []
    for name, f in [("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b),
                    ("/", lambda: a / b)]:
        try:
            out.append(f"{name}{f()!r}")
        except Exception as e:
            out.append(f"{name}{type(e).__name__}:{e}")
    print(a, b, " ".join(out))


def compares(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


nan = float("nan")
for a, b in [(1, 2), (2, 1), (2, 2), (1.5, 2), (2, 1.5), (2.0, 2), (2, 2.0), (nan, nan), (nan, 1),
             (1, nan), (2**53, 2.0**53), (2**53 + 1, 2.0**53), (2.0**53, 2**53 + 1),
             (BIG, float(BIG)), (float(BIG), BIG), (SMALL, float(SMALL)), (-0.0, 0),
             (0, -0.0), (math.inf, BIG), (True, 1), (1, True), (False, 0.0)]:
    print(a, b, compares(a, b))

# in loops, the compare feeding a jump directly
total = 0
i = 0
x = 0.0
while i < 100:
    if i % 3 == 0 and x <= 50.5:
        total += i
    elif i >= 90 or x > 98:
        total -= 1
    i += 1
    x += 1.0
print(total, i, x)
count = 0
for k in range(-20, 20):
    if k / 4 > 1.5:
        count += 1
    if k // 3 != k / 3:
        count += 100
    if -k % 7 == 3:
        count += 10000
print(count)

# shifts to the left: int64 results stay fast, bigger ones and errors do not
for a, b in [(1, 62), (1, 63), (-1, 63), (-1, 64), (0, 1000), (3, 61), (-3, 61), (5, -1)]:
    try:
        print(a, "<<", b, a << b)
    except ValueError as e:
        print(a, "<<", b, "ValueError", e)

# truth of ints and None in jumps and in `and` / `or`
def truth(xs):
    out = []
    for x in xs:
        out.append("T" if x else "F")
        out.append(x or "or")
        out.append(x and "and")
        if not x:
            out.append("not")
    return out


print(truth([0, 1, -1, 2**62, None, True, False, 0.0, 0.5, "", "s", [], 2**70, -2**70]))
n = 5
steps = 0
while n:
    n -= 1
    steps += 1
print(steps)

# negation: of literals (constants) and of values
vals = [0, 5, -5, BIG, SMALL, 0.0, -0.0, 2.5, float("inf"), True, 2**70]
print([-v for v in vals], -9223372036854775808, -0.0, -(1), -1.5e-3, - -3)
print([repr(-x) for x in (0.0, -0.0, float("nan"))])
