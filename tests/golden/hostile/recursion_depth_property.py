# The recursion limit through a property is CPython's: 990 levels are fine, 1,000 are not
# (issue 16, item 3: in wasm V8's stack must hold them).
import sys

depth = 0


class Counted:
    @property
    def p(self):
        global depth
        depth += 1
        return 0 if depth >= 990 else self.p


print(Counted().p, depth)
print("limit", sys.getrecursionlimit())
depth = -20
try:
    Counted().p
except RecursionError as e:
    print("RecursionError:", e, "past", depth)
