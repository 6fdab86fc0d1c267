# Calling a plain class whose __init__ is a Python function (run inline by the VM): arguments
# of every kind, a non-None return, an exception inside, missing arguments, recursion depth
# through __init__, the caller's frame, self rebound, __init__ replaced on the class, a
# generator as __init__, an uncaught error's traceback.
import sys
class A:
    def __init__(self, x, y=2, *rest, k=0, **kw):
        self.x = x
        self.s = (y, rest, k, kw)
a = A(1)
print(a.x, a.s)
a = A(1, 3, 4, 5, k=9, z=1)
print(a.x, a.s)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TE", e)
class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError(v)
try:
    Raises(3)
except ValueError as e:
    print("VE", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    A()
except TypeError as e:
    print("TE", e)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
def depth():
    n = 0
    while True:
        n += 100
        try:
            Deep(n)
        except RecursionError as e:
            return n, str(e)
print(depth())
class Frm:
    def __init__(self):
        self.back = sys._getframe(1).f_code.co_name
def make():
    return Frm()
print(make().back)
class Self:
    def __init__(self):
        self = None
print(type(Self()).__name__)
class Sub(A):
    pass
print(Sub(7).x)
A.__init__ = lambda self, v: setattr(self, "x", -v)
print(A(5).x, Sub(6).x)
def gi(self):
    yield 1
class G:
    __init__ = gi
try:
    G()
except TypeError as e:
    print("TE", e)
def find(lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            Deep(mid)
            lo = mid + 1
        except RecursionError as e:
            hi = mid
    return lo
print(find(1, 2000))
def inner(k):
    if k: return inner(k - 1)
    return Deep(5)
def find2(lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            inner(mid)
            lo = mid + 1
        except RecursionError as e:
            hi = mid
    return lo
print(find2(1, 2000))
Raises(1)
