# abc: ABC with abstractmethod - instantiation is refused until every abstract method is defined
from abc import ABC, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class Half(Shape):
    def area(self):
        return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...
class Dog(Animal):
    @property
    def sound(self):
        return 'woof'
print(Dog().sound)
try:
    Animal()
except TypeError as e:
    print('TypeError', e)
class Plain(ABC):
    pass
print(type(Plain()).__name__, getattr(abc.abstractmethod(lambda: 0), '__isabstractmethod__'))
