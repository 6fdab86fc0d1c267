# `assert (test, "message")` is always true (a non-empty tuple): CPython warns before the
# program runs. The empty tuple is false: no warning, and the assert fails.
x = 0
assert (x == 1, "x should be 1")
assert (1, "folded")
assert ()
print("not reached")
