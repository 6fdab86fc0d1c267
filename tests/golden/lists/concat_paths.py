# a + b and a += b for exact tuples and lists (the VM's warm case) next to subclasses, mixed
# kinds, empty operands (an exact tuple plus an empty one is itself) and errors.
t, e = (1, 2), ()
print(t + (3,), e + t is t, t + e is t, e + e is e, (e + t) == t)
u = t
u += (9,)
print(u, t, u is t)
w = t
w += ()
print(w is t)
a, b = [1], [2, 3]
c = a + b
print(c, c is a, a + [] is a, a + [] == a, [] + [])
d = a
d += b
print(d is a, a)
d += (4,)
print(a)


class T(tuple):
    def __add__(self, other):
        return "T.__add__"


class L(list):
    def __radd__(self, other):
        return "L.__radd__"


print(T((1,)) + (2,), (1,) + T((2,)), [0] + L([1]), L([1]) + [0], type(L([1]) + [0]).__name__)
for x, y in (((1,), [2]), ([1], (2,)), ((1,), "s"), ([1], None)):
    try:
        x + y
    except TypeError as err:
        print("TypeError:", err)
try:
    t + 1
except TypeError as err:
    print("TypeError:", err)


def grow(n):
    acc = ()
    for i in range(n):
        acc = acc + (i,)
    return acc


print(grow(5), sum(grow(100)))
