# __del__ runs when the function holding the last reference returns, also after the object
# was passed to other functions and its methods were called many times (each of those calls
# dropped a reference that was not the last).
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def m(self):
        return self.n


def use(a):
    a.x = 1


def f():
    a = A(1)
    use(a); use(a); use(a)
    a.m(); a.m(); a.m()
    print("end f")


f()
print("after f")


def g():
    a = A(2)
    for x in [a, a, a, a]:
        use(x)
    print("end g")


g()
print("after g")


def make(n):
    return A(n)


def h():
    b = make(3)
    for _ in range(10):
        use(b)
        b.m()
    print("end h")


h()
print("after h")


def outer():
    def inner(a):
        for _ in range(5):
            use(a)
        return a.m()
    c = A(4)
    inner(c)
    inner(c)
    print("end outer")


outer()
print("after outer")

kept = [make(n) for n in (5, 6)]
for _ in range(20):
    for k in kept:
        use(k)
print("before clear")
kept.clear()
print("after clear")


def gen_user():
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("gen finally")
    it = gen()
    next(it)
    for _ in range(4):
        use(A(7))
    print("end gen_user")


gen_user()
print("done")
