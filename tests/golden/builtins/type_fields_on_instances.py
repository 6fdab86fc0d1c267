# A type's own __name__ / __qualname__ belong to the type, not to its instances: hasattr(x,
# '__name__') is how decorators and argparse tell functions and classes from plain values.
import math

class A:
    pass

for value in [5, 'text', 2.5, [1], {'a': 1}, (1,), A(), None, True, math.pi, range(3)]:
    print(type(value).__name__, hasattr(value, '__name__'), hasattr(value, '__qualname__'),
          getattr(value, '__name__', '-'))
for thing in [int, A, len, math.sqrt, print, A.__init__, lambda: 0, object]:
    print(getattr(thing, '__name__', '-'), hasattr(thing, '__qualname__'))
print('__name__' in int.__dict__, '__name__' in object.__dict__, '__name__' in A.__dict__)
try:
    A().__name__
except AttributeError as e:
    print(e)
try:
    (5).__qualname__
except AttributeError as e:
    print(e)
print(sorted(k for k in vars(int) if k.startswith('__n')))
