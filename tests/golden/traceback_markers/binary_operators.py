# ~~^~~ under a failing binary operator: one- and two-character operators, parentheses,
# chains (the failing step), an f-string; traceback.print_exc and the uncaught printer
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


def plus():
    return 1 + None


def floor_div():
    n = 0
    return 10 // n


def power_mod():
    return 2 ** "x" % 3


def parenthesized():
    return (1) + (None)


def tight():
    return (None)+(1)


def chained():
    return "a" + "b" + 3 + "c"


def in_fstring():
    return f"total: {len('ab') * None}"


def shifted():
    x = 1; return x << "2"


for f in (plus, floor_div, power_mod, parenthesized, tight, chained, in_fstring, shifted):
    show(f)
print("done")
result = [1, 2] - [1]
