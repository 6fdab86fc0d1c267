# __slots__ names become member descriptors on the class; their errors and layering
import weakref


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


print(Point.x, repr(Point.y), type(Point.x).__name__, 'x' in Point.__dict__, Point.__dict__['y'])
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__, Point.x.__doc__)
p = Point(1)
print(p.x, getattr(p, 'y', 'unset'), hasattr(p, 'y'), hasattr(p, '__dict__'))
for attempt in (lambda: p.y, lambda: setattr(p, 'z', 3), lambda: vars(p)):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
print(Point.x.__get__(None, Point), Point.x.__get__(Point(5)), Point.x.__get__(Point(6), Point))
Point.x.__set__(p, 9)
print(p.x)
Point.x.__delete__(p)
print(hasattr(p, 'x'))
for attempt in (lambda: Point.x.__get__(3), lambda: Point.x.__set__('s', 1),
                lambda: Point.y.__delete__(Point(1))):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)


class Other:
    __slots__ = ('x',)


try:
    Point.x.__get__(Other())
except TypeError as e:
    print('TypeError:', e)


class Base:
    __slots__ = ('a',)


class Sub(Base):
    __slots__ = ('b',)


class Free(Base):
    pass


s = Sub()
s.a, s.b = 1, 2
print(s.a, s.b, Sub.a, Sub.b, 'a' in Sub.__dict__, hasattr(s, '__dict__'))
f = Free()
f.z = 3
print(f.z, Free.a, hasattr(f, '__dict__'))


class Weak:
    __slots__ = ('v', '__weakref__')


w = Weak()
print(weakref.ref(w)() is w, weakref.ref(f)() is f)
for obj in (Point(1), Sub()):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError:', e)


class WithDict:
    __slots__ = ('a', '__dict__')


d = WithDict()
d.a = 1
d.b = 2
print(d.a, d.b, WithDict.a, weakref.ref(Free()) is not None)


class Lazy:
    __slots__ = ('cache',)

    def __getattr__(self, name):
        return 'computed ' + name


lazy = Lazy()
print(lazy.cache, lazy.other)
lazy.cache = 'kept'
print(lazy.cache)


class One:
    __slots__ = 'solo'


o = One()
o.solo = 5
print(o.solo, One.solo, One.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print('AttributeError:', e)


def make(body):
    try:
        return type('Made', (), body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


make({'__slots__': ('x',), 'x': 1})
make({'__slots__': ('b', 'a'), 'a': 1, 'b': 2})
make({'__slots__': ('__dict__', '__dict__')})
make({'__slots__': ('__weakref__', '__weakref__')})
make({'__slots__': (1,)})
make({'__slots__': ('1x',)})
make({'__slots__': ('a b',)})
make({'__slots__': 5})
print(make({'__slots__': ['x', 'y']}).y)
try:
    class T(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)
try:
    class N(int):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)
try:
    class WD(WithDict):
        __slots__ = ('__dict__',)
except TypeError as e:
    print('TypeError:', e)
try:
    class WW(Weak):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print('TypeError:', e)


class Celsius(float):
    __slots__ = ()


print(Celsius(2.5) + 1, hasattr(Celsius(1), '__dict__'))
