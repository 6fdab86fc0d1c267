# functools: reduce, partial, wraps, lru_cache, cache, total_ordering, cached_property, cmp_to_key
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cached_property
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp): return base ** exp
sq = partial(power, exp=2)
print(sq(5), sq.args, sq.keywords, sq.func is power)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def hello(name):
    """Say hi."""
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@lru_cache
def sq2(x): return x * x
print(sq2(3), sq2(3), sq2.cache_info(), sq2.__name__)
@cache
def c(x): return x
c(1); c(1); print(c.cache_info())
@lru_cache(maxsize=2)
def f(x): print('compute', x); return x
f(1); f(2); f(1); f(3); f(2); print(f.cache_info())
f.cache_clear(); print(f.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3))
try:
    @total_ordering
    class W: pass
except ValueError as e:
    print(e)
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
