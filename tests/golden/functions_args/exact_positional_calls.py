# Calls that bind exactly their positional arguments take the VM's fast path (a recycled frame
# bound in CALL, released in RETURN_VALUE); each case here runs warm (more than 8 calls).
import sys


def maybe(a):
    if a:
        b = a * 2
    return b  # a recycled frame must not leak the last call's `b`


for i in [3, 4, 5, 6, 7, 8, 9, 10, 11]:
    maybe(i)
try:
    maybe(0)
except UnboundLocalError as e:
    print("unbound:", e)


def two(x, y):
    return x - y


def three(x, y, z=10):
    return x + y + z


total = 0
for i in range(20):
    total += two(i, 1) + three(i, 2) + three(i, 2, 3)
print("total", total)

# the defaults and the function may change under a warm call site
for i in range(12):
    r = three(i, 2)
print("before", r)
print("after", three(1, 2), three(1, 2, 3))
f = two
for i in range(12):
    r = f(i, 2)
    if i == 9:
        f = three
print("swapped", r)
try:
    two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    three(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, k):
        return self.v + k


b = Box(5)
s = 0
for i in range(15):
    s += b.get() + b.add(i) + Box.add(b, 1)
print("methods", s)
try:
    b.add()
except TypeError as e:
    print("TypeError:", e)


# tracebacks and frames from fast-path calls show the same lines
def inner(n):
    if n == 0:
        raise ValueError("bottom")
    return inner(n - 1)


def outer(n):
    return inner(n)


for i in range(10):
    try:
        outer(3)
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
print(lines)


def caller_name():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back is not None


def via(x):
    return caller_name()


for i in range(10):
    r = via(i)
print("frames", r)


def keep_frame(a, b):
    return sys._getframe()


for i in range(10):
    fr = keep_frame(i, i + 1)
print("ended frame locals", sorted(fr.f_locals.items()))


# __del__ runs when the frame holding the last reference returns
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make(n):
    obj = Noisy(n)
    return n * 10


for i in range(10, 13):
    print("ret", make(i))


def pass_through(o):
    return 1


for i in range(3):
    pass_through(Noisy(i))
    print("after", i)

# builtin functions and methods called from warm code
items = []
for i in range(12):
    items.append(i)
    items.append(len(items))
print(items[:6], max(items), items.pop(), items.index(3))
for i in range(12):
    try:
        items.append()
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
for i in range(12):
    try:
        items.index(-1)
    except ValueError as e:
        msg = str(e)
print("ValueError:", msg)
holder = []
for i in range(3):
    holder.append(Noisy(100 + i))
    x = holder.pop()
    print("popped", i)
    x = None
    print("dropped", i)


class Sized:
    def __len__(self):
        return 7


for i in range(12):
    n = len(Sized())
print("len of instance", n)


# deep recursion through the fast path still stops at the limit
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    return n if n == 0 else depth(n - 1)


print("deep", depth(900))

# frames of more than 64 slots are not pooled
src = "def many(a):\n" + "".join(f"    v{i} = a + {i}\n" for i in range(80))
src += "    return " + " + ".join(f"v{i}" for i in range(80)) + "\n"
exec(src)
for i in range(12):
    r = many(i) + depth(3)
print("many locals", r)
