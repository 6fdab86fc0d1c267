class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self): pass
p = P(1, 2)
p.x = 5
print(p.x, p.y, P.__slots__)
for attempt in (lambda: setattr(p, "z", 1), lambda: p.__dict__, lambda: vars(p), lambda: setattr(p, "m", 1)):
    try: attempt()
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
del p.y
try: p.y
except AttributeError as e: print(e)
class Q(P):
    pass
q = Q(1, 2); q.extra = 3; print(q.extra, q.x)
class R(P):
    __slots__ = "w"
r = R(1, 2); r.w = 9; print(r.w, r.x)
try: r.v = 1
except AttributeError as e: print(e)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2; print(d.a, d.b)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print(e)
