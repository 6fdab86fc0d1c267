# markers are left out when the failing range is the whole stripped line, kept when a comment,
# another statement or an assignment shares the line; comprehensions, lambdas, generators
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


def whole_line():
    len(5)


def with_comment():
    len(5)  # a comment keeps the markers


def two_statements():
    x = 1; len(x)


def comprehension():
    return [1 / n for n in range(3)]


def generator():
    g = (10 // n for n in [1, 0])
    return list(g)


def lambda_body():
    f = lambda v: v.missing
    return f(1)


def sorted_key():
    return sorted([1, "a"], key=lambda v: v + 1)


def dict_comprehension():
    return {k: {}[k] for k in "ab"}


for f in (whole_line, with_comment, two_statements, comprehension, generator, lambda_body,
          sorted_key, dict_comprehension):
    show(f)
total = sum([1, 2, "3"])
