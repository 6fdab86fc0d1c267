# Context.flags and .traps: a MutableMapping of the signals (CPython's abc.SignalDict)
from decimal import *
c = Context()
c.divide(1, 3)
f = c.flags
print(type(f), f.keys(), list(f.values())[:3], list(f.items())[:2], len(f), Inexact in f, ValueError in f)
print(f == c.flags, f == f.copy(), f.get(Inexact), f.get(ValueError, 'none'), dict(f) == f.copy(), f)
f[Inexact] = False
print(c.flags[Inexact], c)
try:
    f.foo
except AttributeError as e:
    print(e)
try:
    f.pop(Inexact)
except Exception as e:
    print(type(e).__name__, e)
try:
    f.update({Rounded: False})
    print(c)
except Exception as e:
    print(type(e).__name__, e)
