# Recursion reaches the limit of 1,000 as in CPython - plain, through a property (which the VM
# runs without recursing natively) and through dunders called from native code (__repr__ from
# %-formatting, __eq__ from ==) - natively and in wasm, where every level through native code
# costs V8 stack (issue 16, item 3). Each line is the depth reached when RecursionError came.
depth = 0


def plain(n):
    global depth
    depth = n
    return plain(n + 1)


class Deep:
    @property
    def prop(self):
        global depth
        depth += 1
        return self.prop

    @property
    def method_prop(self):
        global depth
        depth += 1
        return self.method_prop()

    def __repr__(self):
        global depth
        depth += 1
        return "%r" % (self,)

    def __eq__(self, other):
        global depth
        depth += 1
        return self == other

    __hash__ = None


cases = [
    ("plain", lambda: plain(0)),
    ("property", lambda: Deep().prop),
    ("property called", lambda: Deep().method_prop),
    ("__repr__", lambda: "%r" % (Deep(),)),
    ("__eq__", lambda: Deep() == 1),
]
for name, case in cases:
    depth = 0
    try:
        case()
    except RecursionError as e:
        print(f"{name}: RecursionError ({e}) at depth {depth}")
print("after:", plain.__name__, len(cases))
