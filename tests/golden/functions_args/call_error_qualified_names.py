def f(a, b, *, c):
    pass
class K:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
tests = [
    lambda: f(1, 2, a=3, c=1),
    lambda: f(1),
    lambda: f(1, 2, 3, c=1),
    lambda: f(1, 2),
    lambda: f(1, 2, c=1, d=2),
    lambda: K(1).m(1, x=2),
    lambda: K(1).m(),
    lambda: K(),
    lambda: K(1, 2),
    lambda: K(v=1, w=2),
    lambda: (lambda x: x)(),
    lambda: f(*[1], **{"b": 2}, b=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def outer():
    def inner(p):
        pass
    return inner
try:
    outer()(1, p=2)
except TypeError as e:
    print(e)
def f(**k): return k
try: f(**{'a':1}, a=2)
except TypeError as e: print(e)
try: print(**{'sep':1}, sep=2)
except TypeError as e: print(e)
try: f(**{1:1})
except TypeError as e: print(e)
try: f(**[1])
except TypeError as e: print(e)
try: len(**{'a':1}, a=2)
except TypeError as e: print(e)
class C:
  def m(self, **k): pass
try: C().m(**{'a':1}, a=2)
except TypeError as e: print(e)
try: (lambda **k: 0)(**{'a':1}, a=2)
except TypeError as e: print(e)
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(f(**M()))
print({**M(), 'z': 1})
try: print({**[1]})
except TypeError as e: print(e)
def g(a, b=2, *args, c, **kw): pass
for call in [lambda: g(), lambda: g(1), lambda: g(1, c=1, a=2), lambda: g(1, 2, 3, c=4, b=5)]:
    try: call()
    except TypeError as e: print(e)
