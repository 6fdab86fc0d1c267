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
def many(a):
    v0 = a + 0
    v1 = a + 1
    v2 = a + 2
    v3 = a + 3
    v4 = a + 4
    v5 = a + 5
    v6 = a + 6
    v7 = a + 7
    v8 = a + 8
    v9 = a + 9
    v10 = a + 10
    v11 = a + 11
    v12 = a + 12
    v13 = a + 13
    v14 = a + 14
    v15 = a + 15
    v16 = a + 16
    v17 = a + 17
    v18 = a + 18
    v19 = a + 19
    v20 = a + 20
    v21 = a + 21
    v22 = a + 22
    v23 = a + 23
    v24 = a + 24
    v25 = a + 25
    v26 = a + 26
    v27 = a + 27
    v28 = a + 28
    v29 = a + 29
    v30 = a + 30
    v31 = a + 31
    v32 = a + 32
    v33 = a + 33
    v34 = a + 34
    v35 = a + 35
    v36 = a + 36
    v37 = a + 37
    v38 = a + 38
    v39 = a + 39
    v40 = a + 40
    v41 = a + 41
    v42 = a + 42
    v43 = a + 43
    v44 = a + 44
    v45 = a + 45
    v46 = a + 46
    v47 = a + 47
    v48 = a + 48
    v49 = a + 49
    v50 = a + 50
    v51 = a + 51
    v52 = a + 52
    v53 = a + 53
    v54 = a + 54
    v55 = a + 55
    v56 = a + 56
    v57 = a + 57
    v58 = a + 58
    v59 = a + 59
    v60 = a + 60
    v61 = a + 61
    v62 = a + 62
    v63 = a + 63
    v64 = a + 64
    v65 = a + 65
    v66 = a + 66
    v67 = a + 67
    v68 = a + 68
    v69 = a + 69
    v70 = a + 70
    v71 = a + 71
    v72 = a + 72
    v73 = a + 73
    v74 = a + 74
    v75 = a + 75
    v76 = a + 76
    v77 = a + 77
    v78 = a + 78
    v79 = a + 79
    return (
        v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 +
        v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 +
        v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 +
        v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39 +
        v40 + v41 + v42 + v43 + v44 + v45 + v46 + v47 + v48 + v49 +
        v50 + v51 + v52 + v53 + v54 + v55 + v56 + v57 + v58 + v59 +
        v60 + v61 + v62 + v63 + v64 + v65 + v66 + v67 + v68 + v69 +
        v70 + v71 + v72 + v73 + v74 + v75 + v76 + v77 + v78 + v79
    )


for i in range(12):
    r = many(i) + depth(3)
print("many locals", r)
