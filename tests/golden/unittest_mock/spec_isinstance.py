# a mock with a spec passes isinstance() for the spec's class (its __class__ is the spec), as
# does any object whose class defines __class__
from unittest.mock import MagicMock, Mock, NonCallableMagicMock


class Shape:
    def area(self):
        return 0


class Square(Shape):
    pass


m = Mock(spec=Square)
print(isinstance(m, Square), isinstance(m, Shape), isinstance(m, (int, Shape)))
print(isinstance(m, Mock), isinstance(m, int), m.__class__.__name__)
print(isinstance(MagicMock(spec=Square()), Square), isinstance(Mock(), Shape))
print(isinstance(NonCallableMagicMock(spec_set=Shape), Shape))
print(type(m).__name__, issubclass(type(m), Mock))


class Pretender:
    @property
    def __class__(self):
        return int


print(isinstance(Pretender(), int), isinstance(Pretender(), Pretender),
      isinstance(Pretender(), str))


class NoClass:
    @property
    def __class__(self):
        raise AttributeError('no class')


print(isinstance(NoClass(), int), isinstance(NoClass(), NoClass))


class Broken:
    @property
    def __class__(self):
        raise KeyError('broken')


try:
    isinstance(Broken(), int)
except KeyError as e:
    print('KeyError', e)
print(isinstance(Broken(), Broken))
