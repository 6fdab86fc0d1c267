# ~^^^^^ under a failing subscript: dict keys, list indexes, nested and spaced subscripts,
# slices with a zero step, del, subscripts inside calls
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


def missing_key():
    d = {"a": 1}
    return d["b"]


def nested():
    grid = [[1, 2], [3]]
    return grid[1][1]


def spaced():
    d = {}
    return d [ "k" ] + 1


def zero_step():
    return [1, 2, 3][::0]


def delete():
    d = {}
    del d["gone"]


def in_call():
    return len({}["x"])


def not_subscriptable():
    n = 5
    return n[0]


for f in (missing_key, nested, spaced, zero_step, delete, in_call, not_subscriptable):
    show(f)
config = {"host": "example.org"}
print(config["port"])
