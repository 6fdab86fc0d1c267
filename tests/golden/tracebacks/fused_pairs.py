# Instruction pairs the VM runs by one dispatch (a local loaded after a local or a constant, a
# store then a load, two stores, a compare then a jump) keep their errors, lines and handlers
# when the second half is not a fast path.
import traceback


def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b  # b: UnboundLocalError from the second load of the pair


def unbound_after_store(flag):
    if flag:
        y = 1
    x = 5
    return x, y  # the store of x, then the load of y


def unbound_after_const(flag):
    if flag:
        z = 1
    return 3 - z


for f in (unbound_second, unbound_after_store, unbound_after_const):
    print(f.__name__, f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(" line", tb.lineno - 7, tb.line)


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __eq__(self, other):
        return NotImplemented


def compare_objects(xs):
    out = []
    for a, b in zip(xs, xs[1:]):
        if a < b:
            out.append("<")
        elif b < a:
            out.append(">")
        else:
            out.append("=")
    return out


print(compare_objects([Num(1), Num(3), Num(2), Num(2)]))


def compare_errors():
    try:
        if Num(1) < 3:
            print("no")
    except AttributeError as e:
        print("AttributeError", e)
    try:
        if "a" < 1:
            print("no")
    except TypeError as e:
        print("TypeError", e)
    nan = float("nan")
    print([1 if nan < 1.0 else 0, 1 if nan != nan else 0, 1 if not nan >= nan else 0])


compare_errors()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def stores():
    a, b = [Noisy("a1"), Noisy("b1")]
    print(" stored")
    a, b = [Noisy("a2"), Noisy("b2")]
    print(" stored again")
    c = a
    a = 0
    b = 1
    print(" done", c.name, a, b)


stores()
print("after")


def loops():
    # jumps into the second instruction of a pair (the loop's start, a conditional's end)
    total = 0
    i = 0
    j = 10
    while i < j:
        k = i if i % 2 else j
        total = total + k
        i = i + 1
    return total, i, j, k


print(loops())
