# typing.overload records each signature: get_overloads lists them, clear_overloads forgets
from typing import overload, get_overloads, clear_overloads, Union
import typing


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(double(4), double('ab'))
found = get_overloads(double)
print(len(found), [f.__annotations__ for f in found], [f.__name__ for f in found])
print(found[0].__qualname__, found[0] is not found[1])


class Shape:
    @overload
    def scale(self, k: int) -> 'Shape': ...
    @overload
    def scale(self, k: float) -> 'Shape': ...
    def scale(self, k):
        return self

    @overload
    @staticmethod
    def make(n: int) -> int: ...
    @overload
    @staticmethod
    def make(n: str) -> str: ...
    @staticmethod
    def make(n):
        return n


print(len(get_overloads(Shape.scale)), [f.__qualname__ for f in get_overloads(Shape.scale)])
print(len(get_overloads(Shape.make)), get_overloads(print), get_overloads(len))


def plain():
    pass


print(get_overloads(plain))


@overload
def only(x: int) -> int: ...


print(only.__name__)
try:
    only(3)
except NotImplementedError as e:
    print('NotImplementedError:', e)
clear_overloads()
print(get_overloads(double), get_overloads(Shape.scale), typing.get_overloads is get_overloads)
