# ~~^^^^ under a slice read or stored with bad bounds: the subscript's range, as CPython 3.11's
# BINARY_SUBSCR / STORE_SUBSCR have for a slice written in the brackets.
import traceback
def f(xs, k):
    xs[k:] = [1]
def g(xs, k):
    return len(xs) + xs[1:k:2][0]
def h(s):
    t = (s[1:"a"],
         2)
    return t
for fn, args in ((f, ([1], "a")), (g, ([1, 2], "z"))):
    try:
        fn(*args)
    except Exception:
        # the source lines and markers (the file's path depends on how the program was started)
        lines = traceback.format_exc().splitlines()
        print("\n".join(line for line in lines if not line.startswith("  File")))
h("abc")
